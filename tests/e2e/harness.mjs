// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core,
// against the release build in dist/, served by scripts/serve.mjs with the strict CSP.
//
// Every page a test opens records console errors, uncaught exceptions and CSP
// violations; `expectClean(page)` fails the test on any of them.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

export function launch() {
  return launchChromium();
}

/** Serves `dir` (default dist/) on a free port under `base`. */
export async function startServer({ dir = process.env.DIGIWIJZER_DIST || 'dist', base = '/', csp = true } = {}) {
  assert.ok(existsSync(`${dir}/index.html`), `${dir}/index.html is missing: run trunk build --release first`);
  const { server, url } = await serve({ dir, base, csp, port: 0 });
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

/** A fresh page in a fresh context (empty storage), with error tracking. */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ locale: 'nl-NL', ...contextOptions });
  const page = await context.newPage();
  trackProblems(page);
  if (url) await gotoApp(page, url);
  return page;
}

export function trackProblems(page) {
  page.problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.problems.push(`exception: ${err.message}`));
  // Runs before any page script; init scripts are not subject to the page's CSP.
  page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
}

/** Navigates and waits until the app has rendered its main landmark. */
export async function gotoApp(page, url) {
  await page.goto(url);
  // The self-assessment is its own page: the tips page sends such a link there.
  if (/#\/zelfevaluatie/.test(url)) await page.waitForURL(/\/zelfevaluatie\.html(\?[^#]*)?#\/zelfevaluatie/);
  // `painted` (src/ui/mod.rs): the app is mounted, not just the page prerendered into index.html.
  await page.waitForSelector('html.painted main#hoofdinhoud :is(h1, .cards, .search)', { timeout: 15000 });
}

export function expectClean(page) {
  assert.deepEqual(page.problems, [], `the page reported problems:\n${page.problems.join('\n')}`);
}

/** The visible text of the result count, e.g. "5 resultaten". */
export async function resultCount(page) {
  return (await page.locator('.results__count').textContent())?.trim();
}
