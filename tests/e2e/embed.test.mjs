// Embedding: `?embed=1` drops the page chrome, and inside an iframe the app reports its
// height with the documented message, so the host page can size the iframe to fit.
// The host page lives on the same origin, as `frame-ancestors 'self'` demands.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectClean, mainHeading, withPage } from './harness.mjs';
import { axeViolations, useBrowser } from './support.mjs';

// The host page of the README snippet (its script part comes in through the init script
// below, since the strict CSP forbids inline scripts here too).
const HOST_PAGE = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Intranet van de gemeente</title><link rel="icon" href="icons/icon.svg"></head>
<body><main><h1>Intranet</h1>
<iframe id="digiwijzer" src="index.html?embed=1#/lees/tip-17" title="Digiwijzer: tips voor digitale dienstverlening" width="700" height="300"></iframe>
</main></body></html>`;

/** The README's listener: remember every height report and resize the iframe to it. */
function hostListener() {
  if (window !== window.top) return;
  window.heights = [];
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.data?.type !== 'digiwijzer:height') return;
    window.heights.push(event.data.height);
    document.getElementById('digiwijzer').style.height = `${event.data.height}px`;
  });
}

const env = useBrowser({ copy: true, prepareCopy: (dir) => writeFileSync(join(dir, 'host.html'), HOST_PAGE) });

describe('embed mode', () => {
  test('in an iframe: no chrome, and the iframe grows and shrinks with the content', async () => {
    await withPage(env.browser, null, async (page) => {
      await page.addInitScript(hostListener);
      await page.goto(env.server.url + 'host.html');
      const frame = page.frameLocator('#digiwijzer');
      await mainHeading(frame).waitFor();

      const app = page.frames().find((f) => f.url().includes('embed=1'));
      assert.ok(await app.evaluate(() => document.documentElement.classList.contains('embed')));
      for (const chrome of ['.site-header', '.site-footer', '.skip-link']) {
        assert.equal(await frame.locator(chrome).isVisible(), false, `${chrome} shows in embed mode`);
      }

      // The iframe ends up exactly as tall as the app: no inner scroll bar, no gap.
      const resized = () => app.waitForFunction(() => Math.ceil(document.documentElement.getBoundingClientRect().height) === window.innerHeight);
      const fits = () => app.evaluate(() => {
        const content = Math.ceil(document.documentElement.getBoundingClientRect().height);
        return content === window.innerHeight && document.scrollingElement.scrollHeight <= window.innerHeight;
      });
      await page.waitForFunction(() => window.heights.length > 0);
      await resized();
      assert.ok(await fits());
      const tipHeight = await page.evaluate(() => window.heights.at(-1));
      assert.ok(tipHeight > 300, `a tip is longer than the iframe's first 300px (reported ${tipHeight})`);

      // Shorter content: the app reports a smaller height (it does not stick to the frame's size).
      await app.evaluate(() => { location.hash = '#/bestaat/niet'; });
      await page.waitForFunction((tall) => window.heights.at(-1) < tall, tipHeight);
      await resized();
      assert.ok(await fits());

      assert.deepEqual(await page.evaluate(() => [...new Set(window.heights.map((h) => Number.isInteger(h)))]), [true]);
      expectClean(page);
    });
  });

  test('opened on its own, the embed URL shows no chrome, passes axe and posts nothing', async () => {
    await withPage(env.browser, null, async (page) => {
      await page.addInitScript(hostListener);
      await page.goto(env.server.url + 'index.html?embed=1#/');
      await mainHeading(page).waitFor();
      assert.equal(await page.locator('.site-header').isVisible(), false);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(await page.evaluate(() => window.heights), []);
      expectClean(page);
    });
  });

  test('across the two pages an embedded copy stays embedded, and old links find their page', async () => {
    await withPage(env.browser, null, async (page) => {
      // A link made before the self-assessment had its own page.
      await page.goto(env.server.url + 'index.html?embed=1#/zelfevaluatie');
      await page.waitForURL(/\/zelfevaluatie\.html\?embed=1#\/zelfevaluatie$/);
      await page.locator('fieldset.statement').first().waitFor();
      assert.equal(await page.locator('.site-header').isVisible(), false, 'still without chrome');
      // Its sources open the cited tip on the tips page, embedded as well.
      const source = page.locator('.sources a').first();
      assert.match(await source.getAttribute('href'), /^\.\/\?embed=1#\/lees\/tip-\d+/);
      await source.click();
      await page.waitForURL(/\/\?embed=1#\/lees\/tip-\d+/);
      await page.locator('main article h1').waitFor();
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('embed')));
      // And a tips route opened on the assessment page goes back to the tips page.
      await page.goto(env.server.url + 'zelfevaluatie.html#/lees/tip-17');
      await page.waitForURL((url) => url.pathname.endsWith('/') && url.hash === '#/lees/tip-17');
      await page.locator('main article h1').waitFor();
      expectClean(page);
    });
  });

  test('without ?embed=1 the chrome is there', async () => {
    await withPage(env.browser, env.server.url, async (page) => {
      assert.equal(await page.locator('.site-header').isVisible(), true);
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('embed')), false);
    });
  });
});
