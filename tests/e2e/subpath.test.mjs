// Deploy anywhere: the very same dist/ runs at the root and under a sub-path on a plain
// static server with no rewrite rules; deep links survive a reload, also offline.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectClean, mainHeading, startServer, withPage } from './harness.mjs';
import { DEEP_LINK, DEEP_LINK_HEADING, DIST, useBrowser, waitForServiceWorker } from './support.mjs';

const env = useBrowser({ serve: false });

for (const base of ['/', '/intranet/digiwijzer/']) {
  describe(`served at ${base}`, () => {
    test('a deep link loads and survives a reload, online and offline', async () => {
      const server = await startServer({ dir: DIST, base });
      try {
        assert.ok(server.url.endsWith(base));
        await withPage(env.browser, server.url + DEEP_LINK, async (page) => {
          assert.equal((await mainHeading(page).textContent()).trim(), DEEP_LINK_HEADING);

          // Every asset came from under the base path (nothing from the host root).
          const outside = await page.evaluate((path) =>
            performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => !p.startsWith(path)),
          base);
          assert.deepEqual(outside, []);

          // The worker's scope is the deployment folder, whatever it is.
          await waitForServiceWorker(page);
          const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
          assert.equal(new URL(scope).pathname, base);
          const manifest = await page.evaluate(async () => {
            const href = document.querySelector('link[rel=manifest]').href;
            const m = await (await fetch(href)).json();
            return { start: new URL(m.start_url, href).pathname, scope: new URL(m.scope, href).pathname };
          });
          assert.deepEqual(manifest, { start: base, scope: base });

          await page.reload();
          await page.waitForSelector('html.painted main h1');
          assert.equal((await mainHeading(page).textContent()).trim(), DEEP_LINK_HEADING);

          await page.context().setOffline(true);
          await page.reload();
          await page.waitForSelector('html.painted main h1');
          assert.equal((await mainHeading(page).textContent()).trim(), DEEP_LINK_HEADING);
          await page.context().setOffline(false);

          expectClean(page);
        });
      } finally {
        await server.close();
      }
    });
  });
}
