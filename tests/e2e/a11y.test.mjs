// WCAG 2.1 AA, checked by machine on every view and state: axe-core (wide and narrow,
// default and example theme), the Nu HTML Checker, reflow at 320 px and 200 % zoom,
// reduced motion and the live regions. The keyboard flows are in keyboard.test.mjs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { searchBox, startServer, withPage } from './harness.mjs';
import { answer } from './selfassessment.mjs';
import { VIEWS, axeViolations, copyDist, postbuild, renderedHtml, showView, useBrowser, vnuErrors } from './support.mjs';

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 375, height: 740 };

const env = useBrowser();

/** Opens each view in a fresh context with `options` and calls `check(page, view)`. */
async function eachView(baseUrl, options, check) {
  for (const view of VIEWS) {
    await withPage(env.browser, null, async (page) => {
      await showView(page, baseUrl, view);
      await check(page, view);
    }, options);
  }
}

/** axe on every view in both layouts; returns `{ "view @ width": [violations] }` with only failures. */
async function axeReport(baseUrl) {
  const failures = {};
  for (const viewport of [WIDE, NARROW]) {
    await eachView(baseUrl, { viewport }, async (page, view) => {
      const violations = await axeViolations(page);
      console.log(`axe ${view.name} @ ${viewport.width}px: ${violations.length} violations`);
      if (violations.length) failures[`${view.name} @ ${viewport.width}px`] = violations;
    });
  }
  return failures;
}

describe('accessibility', () => {
  test('axe-core finds no violations on any view, wide and narrow, in the default theme', async () => {
    assert.deepEqual(await axeReport(env.server.url), {});
  });

  test('the example municipality theme passes axe too (contrast) and names the organisation', async () => {
    const build = copyDist();
    const themed = await startServer({ dir: build.dir });
    try {
      await postbuild(build.dir, { DIGIWIJZER_THEME: 'voorbeeldgemeente' });
      await withPage(env.browser, themed.url, async (page) => {
        assert.equal((await page.locator('.brand__org').textContent()).trim(), 'Gemeente Voorbeeld');
        assert.match(await page.title(), /Gemeente Voorbeeld/);
        const headerColour = await page.locator('.site-header').evaluate((h) => getComputedStyle(h).backgroundColor);
        assert.equal(headerColour, 'rgb(14, 92, 47)', 'the header takes its colour from the example theme');
        assert.equal(await page.locator('meta[name=theme-color]').getAttribute('content'), '#0e5c2f');
      });
      assert.deepEqual(await axeReport(themed.url), {});
    } finally {
      await themed.close();
      build.remove();
    }
  });

  test('the Nu HTML Checker finds no errors in the rendered DOM of the main views', async () => {
    const docs = {};
    await eachView(env.server.url, { viewport: WIDE }, async (page, view) => {
      docs[view.name] = await renderedHtml(page);
    });
    const report = await vnuErrors(docs);
    for (const [name, errors] of Object.entries(report)) console.log(`vnu ${name}: ${errors.length} errors`);
    const failures = Object.fromEntries(Object.entries(report).filter(([, errors]) => errors.length));
    assert.deepEqual(failures, {});
  });

  test('every view reflows at 320 px and at 200 % zoom without horizontal scrolling', async () => {
    const overflowing = [];
    // 320 CSS px is WCAG's reflow width; 200 % zoom of a 1280 px window is 640 CSS px.
    for (const [label, options] of [
      ['320 px', { viewport: { width: 320, height: 640 } }],
      ['200 % zoom', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }],
    ]) {
      await eachView(env.server.url, options, async (page, view) => {
        const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
        if (width > options.viewport.width) overflowing.push(`${view.name} @ ${label}: ${width}px wide`);
      });
    }
    assert.deepEqual(overflowing, []);
  });

  test('the page is Dutch, has one main landmark and one h1 per view', async () => {
    const problems = [];
    await eachView(env.server.url, { viewport: WIDE }, async (page, view) => {
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        mains: document.querySelectorAll('main').length,
        h1s: document.querySelectorAll('h1').length,
        skip: document.querySelector('body a')?.getAttribute('class'),
      }));
      if (facts.lang !== 'nl') problems.push(`${view.name}: lang="${facts.lang}"`);
      if (facts.mains !== 1) problems.push(`${view.name}: ${facts.mains} <main>`);
      if (facts.h1s !== 1) problems.push(`${view.name}: ${facts.h1s} <h1>`);
      if (facts.skip !== 'skip-link') problems.push(`${view.name}: the first link is not the skip link`);
    });
    assert.deepEqual(problems, []);
  });

  test('prefers-reduced-motion turns smooth scrolling off', async () => {
    const behaviour = (reducedMotion) =>
      withPage(env.browser, env.server.url + '#/lees/tip-17', (page) =>
        page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), { reducedMotion });
    assert.equal(await behaviour('no-preference'), 'smooth');
    assert.equal(await behaviour('reduce'), 'auto');
  });

  test('result counts are announced: the same polite live region changes its text', async () => {
    await withPage(env.browser, env.server.url, async (page) => {
      const count = await page.locator('.results__count').elementHandle();
      assert.equal(await count.getAttribute('role'), 'status');
      const before = (await count.textContent()).trim();
      await searchBox(page).fill('qwxzqwxz');
      await page.waitForFunction(([el, was]) => el.isConnected && el.textContent.trim() !== was, [count, before]);
      assert.ok(await count.evaluate((el) => el.isConnected), 'the live region was replaced instead of updated');
    });
  });

  test('saving an answer is announced by a polite live region that was there before', async () => {
    await withPage(env.browser, env.server.url + '#/zelfevaluatie', async (page) => {
      const region = await page.locator('.assessment [role=status]').elementHandle();
      assert.equal((await region.textContent()).trim(), '');
      await answer(page, 0, 'Nee').check();
      await page.waitForFunction((el) => el.isConnected && el.textContent.trim() === 'Opgeslagen', region);
    });
  });

  test('the offline notice appears inside a live region that was there before', async () => {
    await withPage(env.browser, env.server.url, async (page) => {
      const region = await page.locator('.app-notices').elementHandle();
      assert.equal(await region.getAttribute('role'), 'status');
      assert.equal((await region.textContent()).trim(), '');
      await page.context().setOffline(true);
      await page.waitForFunction((el) => el.isConnected && /offline/.test(el.textContent), region);
      await page.context().setOffline(false);
      await page.waitForFunction((el) => el.textContent.trim() === '', region);
    });
  });
});
