// Updates: a new deployment is noticed, the user is told "Er is een nieuwe versie —
// herladen", nothing changes until they accept, and accepting keeps their data.
//
// "New deployments" are made without a second cargo build: the served folder is a copy of
// dist/ in which the theme source changes and scripts/postbuild.mjs runs again, exactly as
// a municipality would rebrand an existing build. That changes theme.css, so the worker's
// content hash, so sw.js.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectClean, withPage } from './harness.mjs';
import { answerStatements, axeViolations, postbuild, useBrowser, waitForServiceWorker, workerVersion } from './support.mjs';

const env = useBrowser({ copy: true });

/** Deploys a "new version": a visible change in theme.css, then the post-build step. */
async function deploy(marker) {
  const before = workerVersion(env.build.dir);
  // A real rule: comments are stripped when the theme is copied to theme.css.
  appendFileSync(join(env.build.dir, 'themes/standaard.css'), `\n:root { --dw-test-deployment: "${marker}"; }\n`);
  await postbuild(env.build.dir);
  assert.notEqual(workerVersion(env.build.dir), before, 'a changed file must change the worker version');
}

/** What the page currently gets for theme.css (from whichever worker controls it). */
const themeSource = (page) => page.evaluate(async () => (await fetch('theme.css')).text());
const cacheNames = (page) => page.evaluate(() => caches.keys());

describe('updates', () => {
  test('a new deployment shows the banner; accepting reloads into it and keeps the answers', async () => {
    await withPage(env.browser, env.server.url + '#/zelfevaluatie', async (page) => {
      await waitForServiceWorker(page);
      await answerStatements(page, 3);
      const answered = await page.evaluate(() => document.querySelectorAll('fieldset.statement input:checked').length);
      assert.equal(answered, 3);
      const [firstCache] = await cacheNames(page);
      assert.equal(await page.locator('.notice--update').count(), 0, 'no banner before any update');

      // Deployment 2, noticed while the app stays open (the worker is re-checked when the
      // network comes back or the tab becomes visible again).
      await deploy('deployment 2');
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      const banner = page.locator('.notice--update');
      await banner.waitFor();
      assert.match((await banner.textContent()).replace(/\s+/g, ' '), /Er is een nieuwe versie — herladen/);
      assert.equal(await banner.locator('..').getAttribute('role'), 'status', 'the banner is announced');
      assert.deepEqual(await axeViolations(page), []);
      // Until the user accepts, the old version stays in charge.
      assert.doesNotMatch(await themeSource(page), /deployment 2/);

      // Accepting: the new worker takes over and the page reloads by itself.
      const reloaded = page.waitForEvent('load');
      await banner.getByRole('button', { name: 'herladen' }).click();
      await reloaded;
      await page.waitForSelector('html.painted main h1');
      assert.match(await themeSource(page), /deployment 2/);
      assert.match(page.url(), /#\/zelfevaluatie$/, 'the user stays where they were');
      await page.locator('fieldset.statement').first().waitFor();
      assert.equal(await page.evaluate(() => document.querySelectorAll('fieldset.statement input:checked').length), 3, 'no answer is lost');
      assert.match(await page.locator('.overall__text').textContent(), /\b3 van \d+ stellingen/);
      assert.equal(await page.locator('.notice--update').count(), 0);
      const afterUpdate = await cacheNames(page);
      assert.equal(afterUpdate.length, 1, 'the old cache is removed when the new worker activates');
      assert.notEqual(afterUpdate[0], firstCache);

      // Deployment 3, noticed on the next visit: the banner is there straight after loading.
      await deploy('deployment 3');
      await page.reload();
      await banner.waitFor();
      assert.doesNotMatch(await themeSource(page), /deployment 3/);

      expectClean(page);
    });
  });
});
