// The start page prerendered into index.html (scripts/prerender.mjs): its cards show
// before the wasm has loaded, the app takes over without doubling anything or losing what
// was typed, and no other address ever shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resultCount, expectClean, searchBox, waitForResultCountChange, withPage } from './harness.mjs';
import { useBrowser, DEEP_LINK } from './support.mjs';

const env = useBrowser();

/**
 * A fresh page whose wasm does not arrive until `release()` is called (never, if it is
 * not), passed to `fn(page, release)`; its context is closed afterwards (see `withPage`).
 */
function withHeldWasm(fn, viewport) {
  return withPage(env.browser, null, async (page) => {
    let release;
    const released = new Promise((done) => (release = done));
    await page.route(/_bg\.wasm$/, async (route) => {
      await released;
      await route.continue();
    });
    return fn(page, release);
  }, viewport ? { viewport } : {});
}

const visibleCardTitles = (page) => page.locator('.card h3:visible').allInnerTexts();

test('the start page shows every tip card, with working links, before the wasm has loaded', async () => {
  await withHeldWasm(async (page) => {
    await page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
    const titles = await visibleCardTitles(page);
    assert.equal(titles.length, 5, 'the five documents of the corpus');
    assert.match(titles[0], /bestuur achter je staat/);
    assert.equal(await resultCount(page), '5 resultaten');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('painted')), false, 'the app has not started');
    // A link works without the app: it only changes the hash, which the app reads when it starts.
    const href = await page.locator('.card h3 a').first().getAttribute('href');
    assert.match(href, /^#\/lees\//);
    expectClean(page); // No CSP violation: the markup has no inline script or style.
  });
});

test('the prerendered start page is what the app itself shows', async () => {
  const viewport = { width: 412, height: 823 };
  const prerendered = await withHeldWasm(async (before) => {
    await before.goto(env.server.url, { waitUntil: 'domcontentloaded' });
    return before.locator('main').innerText();
  }, viewport);

  await withPage(env.browser, env.server.url, async (live) => {
    assert.equal(await live.locator('main').innerText(), prerendered);
  }, { viewport });
});

test('the app replaces the prerendered page: one page, one search box, nothing left behind', async () => {
  await withPage(env.browser, env.server.url, async (page) => {
    const counts = await page.evaluate(() => ({
      prerendered: document.querySelectorAll('#prerendered').length,
      main: document.querySelectorAll('main').length,
      header: document.querySelectorAll('header.site-header').length,
      search: document.querySelectorAll('#zoekveld').length,
      cards: document.querySelectorAll('.card').length,
    }));
    assert.deepEqual(counts, { prerendered: 0, main: 1, header: 1, search: 1, cards: 5 });
    // And it is the live app: typing searches.
    await searchBox(page).fill('eigenaarschap');
    await waitForResultCountChange(page, '5 resultaten');
    assert.match((await visibleCardTitles(page))[0], /bestuurder eigenaar wordt van digitalisering/);
  });
});

test('text typed before the app was ready is searched for, with the caret kept in the box', async () => {
  await withHeldWasm(async (page, release) => {
    await page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
    await searchBox(page).click();
    await page.keyboard.type('eigenaarschap');
    release();
    await page.waitForSelector('html.painted');
    assert.equal(await searchBox(page).inputValue(), 'eigenaarschap');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'zoekveld');
    assert.match(await page.evaluate(() => decodeURIComponent(location.hash)), /q=eigenaarschap/);
    assert.match((await visibleCardTitles(page))[0], /bestuurder eigenaar wordt van digitalisering/);
    await page.keyboard.type(' bestuur');
    assert.equal(await searchBox(page).inputValue(), 'eigenaarschap bestuur', 'typing goes on where it stopped');
  });
});

test('any other address never shows the prerendered start page, not even in the first frame', async () => {
  for (const address of [DEEP_LINK, '#/?q=bestuur', '#/toegankelijkheid', 'index.html?embed=1#/']) {
    await withHeldWasm(async (page) => {
      // The guard arrives late: the browser must still wait for it before painting.
      await page.route(/prerender-guard[-\w]*\.js$/, async (route) => {
        await new Promise((done) => setTimeout(done, 400));
        await route.continue();
      });
      await page.addInitScript(() => {
        new MutationObserver(() => {
          if (document.documentElement.classList.contains('prerender-off')) window.__hiddenAt ??= performance.now();
        }).observe(document, { attributes: true, attributeFilter: ['class'], subtree: true });
      });
      await page.goto(env.server.url + address, { waitUntil: 'load' });
      const { display, hiddenAt, firstPaint } = await page.evaluate(() => ({
        display: getComputedStyle(document.getElementById('prerendered')).display,
        hiddenAt: window.__hiddenAt,
        firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime,
      }));
      assert.equal(display, 'none', `${address} hides the start page that index.html holds`);
      assert.ok(hiddenAt >= 400, `the guard ran when it arrived (${hiddenAt} ms)`);
      assert.ok(firstPaint === undefined || firstPaint > hiddenAt, `${address}: nothing was painted (${firstPaint} ms) before the guard ran (${hiddenAt} ms)`);
      assert.equal((await visibleCardTitles(page)).length, 0, `${address} shows no cards before the app`);
    });
  }
});
