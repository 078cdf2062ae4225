// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core,
// against the release build in dist/, served by scripts/serve.mjs with the strict CSP.
//
// Every page a test opens records console errors, uncaught exceptions and CSP
// violations; `expectClean(page)` fails the test on any of them. A test opens its page
// with `withPage`, which closes the page's context whatever happens; the waits for the
// list page (result count, URL hash, focus) are here too, so no test writes its own copy.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';
import { afterFrames, collectProblems, launchChromium } from '../../scripts/chromium.mjs';

export function launch() {
  return launchChromium();
}

/** Serves `dir` (default dist/) on a free port under `base`. */
export async function startServer({ dir = process.env.DIGIWIJZER_DIST || 'dist', base = '/', csp = true } = {}) {
  assert.ok(existsSync(`${dir}/index.html`), `${dir}/index.html is missing: run trunk build --release first`);
  const { server, url } = await serve({ dir, base, csp, port: 0 });
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * A fresh browser context (its own storage), passed to `fn` as `{ context, newPage }` and
 * closed afterwards whatever happens, so a failed assert cannot leak it into the next
 * test. Every page made with `newPage()` tracks its problems. `init` runs in each page
 * before any of its scripts. Returns what `fn` returns.
 */
export async function withContext(browser, fn, { init, initArg, contextOptions = {} } = {}) {
  const context = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true, ...contextOptions });
  try {
    if (init) await context.addInitScript(init, initArg);
    const newPage = async () => trackProblems(await context.newPage());
    return await fn({ context, newPage });
  } finally {
    await context.close();
  }
}

/**
 * One page in a fresh context (see `withContext`), opened at `url` unless that is null,
 * passed to `fn`. A second tab sharing its storage is `page.context().newPage()` with
 * `trackProblems`; it is closed with the context.
 */
export function withPage(browser, url, fn, contextOptions = {}) {
  return withContext(
    browser,
    async ({ newPage }) => {
      const page = await newPage();
      if (url) await gotoApp(page, url);
      return fn(page);
    },
    { contextOptions },
  );
}

export function trackProblems(page) {
  collectProblems(page);
  // Runs before any page script; init scripts are not subject to the page's CSP.
  page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  return page;
}

/** Navigates and waits until the app has rendered its main landmark. */
export async function gotoApp(page, url) {
  await page.goto(url);
  // The self-assessment is its own page (in Dutch or English): the tips page sends such a link there.
  if (/#\/zelfevaluatie/.test(url)) await page.waitForURL(/\/(zelfevaluatie|self-assessment)\.html(\?[^#]*)?#\/zelfevaluatie/);
  // `painted` (src/ui/mod.rs): the app is mounted, not just the page prerendered into index.html.
  await page.waitForSelector('html.painted main#hoofdinhoud :is(h1, .cards, .search)', { timeout: 15000 });
}

export function expectClean(page) {
  assert.deepEqual(page.problems, [], `the page reported problems:\n${page.problems.join('\n')}`);
}

/** The h1 of the main landmark: the title of the view (`scope`: a page, frame or frame locator). */
export const mainHeading = (scope) => scope.getByRole('main').getByRole('heading', { level: 1 });

/** The search box of the tip list, found by its label. */
export const searchBox = (page) => page.getByRole('searchbox', { name: 'Zoek in tips, voorbeelden en artikelen' });

/** The visible text of the result count, e.g. "5 resultaten". */
export async function resultCount(page) {
  return (await page.locator('.results__count').textContent())?.trim();
}

/** Waits until the result count reads `text` (e.g. "1 resultaat") and the facets, a frame
 * behind the results, have followed. */
export async function waitForResultCount(page, text) {
  await page.waitForFunction((t) => document.querySelector('.results__count')?.textContent.trim() === t, text);
  // The facet counts and ticks follow the results one frame later, by design.
  await afterFrames(page);
}

/** Waits until the result count no longer reads `was`: the list has followed a change. */
export function waitForResultCountChange(page, was) {
  return page.waitForFunction((w) => document.querySelector('.results__count')?.textContent.trim() !== w, was);
}

/** Waits until `location.hash` equals `match` (a string) or matches it (a RegExp). */
export function waitForHash(page, match) {
  if (typeof match === 'string') return page.waitForFunction((h) => location.hash === h, match);
  return page.waitForFunction(([source, flags]) => new RegExp(source, flags).test(location.hash), [match.source, match.flags]);
}

/** Waits until the element with id `id` has the focus. */
export function waitForFocus(page, id) {
  return page.waitForFunction((i) => document.activeElement?.id === i, id);
}

/**
 * Waits until some element other than the body has the focus: the app moves focus after
 * the next paint (src/ui/dom.rs), so check where it went only once it has moved.
 */
export function waitForFocusOffBody(page) {
  return page.waitForFunction(() => document.activeElement !== null && document.activeElement !== document.body);
}

/**
 * Waits two frames: long enough for the app to have reacted to a key press or a change
 * (effects run, the DOM and storage are written, the next paint is done). Use it before
 * asserting that something did NOT happen, where there is nothing to wait for.
 */
export function afterTwoFrames(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
