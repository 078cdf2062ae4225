// Offline: after one visit the app loads and works with the network gone and the server
// stopped: a deep-link reload, search, filters, the self-assessment, embed mode and the
// notice that says so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import {
  expectClean, mainHeading, resultCount, searchBox, startServer, waitForFocus, waitForHash, waitForResultCountChange, withPage,
} from './harness.mjs';
import { DEEP_LINK, DEEP_LINK_HEADING, DIST, answerStatements, openFilters, useBrowser, waitForServiceWorker } from './support.mjs';
import { answered, openAssessment } from './selfassessment.mjs';

const env = useBrowser({ serve: false });

/** Every file of the build, relative, as the worker should have cached it. */
function buildFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'));
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file) {
  const data = readFileSync(file);
  return `${data.readUInt32BE(16)}x${data.readUInt32BE(20)}`;
}

describe('offline', () => {
  test('the manifest makes the app installable from any folder', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.lang, 'nl');
    for (const key of ['name', 'short_name', 'description', 'theme_color', 'background_color']) {
      assert.ok(manifest[key], `the manifest has no ${key}`);
    }
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.scope, './');
    const png = (purpose) =>
      manifest.icons.filter((i) => i.type === 'image/png' && i.purpose === purpose).map((i) => {
        assert.equal(pngSize(join(DIST, i.src)), i.sizes, `${i.src} is not the size it claims`);
        return i.sizes;
      });
    assert.deepEqual(png('any').sort(), ['192x192', '512x512']);
    assert.deepEqual(png('maskable'), ['512x512']);
  });

  test('after one visit everything works with the network off and the server gone', async () => {
    const server = await startServer({ dir: DIST });
    try {
      await withPage(env.browser, server.url, async (page) => {
        await waitForServiceWorker(page);

        // Every file of the build is in the cache: all but the worker itself, the theme
        // sources and the two scripts that are not the app's (the rebrand tool for the
        // editor, the height listener for the host page).
        const cached = await page.evaluate(async () => {
          const [name] = await caches.keys();
          const keys = await (await caches.open(name)).keys();
          return keys.map((r) => decodeURI(new URL(r.url).pathname.replace(/^\//, '')));
        });
        const tools = ['sw.js', 'huisstijl.mjs', 'inbedden.js'];
        const expected = buildFiles(DIST).filter((f) => !tools.includes(f) && !f.startsWith('themes/'));
        assert.deepEqual([...cached].filter((f) => f !== '').sort(), expected.sort());

        await page.context().setOffline(true);
        await server.close();

        // A deep link survives a reload: the page, the wasm and the example all come from the cache.
        await page.goto(server.url + DEEP_LINK);
        await page.waitForSelector('html.painted main h1');
        assert.equal((await mainHeading(page).textContent()).trim(), DEEP_LINK_HEADING);
        await waitForFocus(page, 'anker-breng-het-onderwerp-constant-onder-de-aandacht');
        await page.locator('.notice--offline').waitFor();

        // Search and filters.
        await page.getByRole('link', { name: 'Terug naar alle tips' }).click();
        await searchBox(page).fill('bestuur');
        await waitForHash(page, /q=bestuur/);
        const searched = await resultCount(page);
        assert.match(searched, /resultaten?$/);
        assert.ok((await page.locator('.cards mark').count()) > 0, 'search results highlight the query');
        await openFilters(page);
        await page.getByRole('checkbox', { name: /^Artikel/ }).check();
        await waitForResultCountChange(page, searched);
        assert.match(page.url(), /soort=artikel/);

        // The self-assessment: answers are saved offline and are still there after a reload.
        await openAssessment(page, server.url);
        await answerStatements(page, 2);
        await page.reload();
        await answered(page, 2);
        await page.getByRole('link', { name: 'Resultaten', exact: true }).click();
        await waitForHash(page, '#/zelfevaluatie/resultaten');
        await page.getByRole('table', { name: 'Niveau, ambitie en voortgang per onderwerp' }).waitFor();

        // The embed URL (a query string the worker has never seen) loads from the cache too.
        await page.goto(server.url + 'index.html?embed=1#/lees/tip-17');
        await page.waitForSelector('html.painted main h1');
        assert.ok(await page.evaluate(() => document.documentElement.classList.contains('embed')));

        expectClean(page);
      });
    } finally {
      await server.close(); // again, if the test stopped before it did
    }
  });

  test('the offline notice goes away when the network returns', async () => {
    const server = await startServer({ dir: DIST });
    try {
      await withPage(env.browser, server.url, async (page) => {
        assert.equal(await page.locator('.notice--offline').count(), 0);
        await page.context().setOffline(true);
        await page.locator('.notice--offline').waitFor();
        await page.context().setOffline(false);
        await page.locator('.notice--offline').waitFor({ state: 'detached' });
        expectClean(page);
      });
    } finally {
      await server.close();
    }
  });
});
