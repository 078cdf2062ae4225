// What each page costs a user on a first visit, and the budget it must stay within.
// The benchmark (scripts/bench.sh) prints both and checks one against the other.
//
// Measured the way a user's browser fetches a page: every response the page itself
// loads, service workers blocked (so nothing comes from a worker's cache and the
// worker's own offline download does not count), each body compressed with gzip -9.
// Size is deterministic for a given toolchain, so this is a test, not a timing.
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Every page in dist/, the address that opens it, the browser language of its visitor
 * (a Dutch page sends an English browser to the English page on a first visit), and its
 * budget in bytes. A page
 * that is not listed here fails the check (`unlistedPages`): a new page is added here
 * with its address and a budget of at most `NEW_PAGE_BUDGET`. */
export const PAGES = [
  { file: 'index.html', name: 'tips', address: 'index.html', locale: 'nl-NL', budget: 120_000 },
  {
    file: 'zelfevaluatie.html',
    name: 'self-assessment',
    address: 'zelfevaluatie.html#/zelfevaluatie',
    locale: 'nl-NL',
    budget: 200_000,
  },
  { file: 'english.html', name: 'tips (English)', address: 'english.html', locale: 'en-GB', budget: 200_000 },
  {
    file: 'self-assessment.html',
    name: 'self-assessment (English)',
    address: 'self-assessment.html#/zelfevaluatie',
    locale: 'en-GB',
    budget: 200_000,
  },
];

/** The budget every new page gets until it is listed in `PAGES`. */
export const NEW_PAGE_BUDGET = 200_000;

/** The pages in `dir` that `PAGES` does not list. */
export function unlistedPages(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.html') && !PAGES.some((p) => p.file === f));
}

/** Opens every page of `PAGES` on `baseUrl` in a fresh context of `browser` and returns,
 * per page, each response's gzip -9 size and their sum. */
export async function measurePages(browser, baseUrl) {
  const out = [];
  for (const page of PAGES) out.push({ ...page, ...(await measurePage(browser, new URL(page.address, baseUrl).href, page.locale)) });
  return out;
}

async function measurePage(browser, url, locale) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale });
  try {
    const page = await context.newPage();
    const bodies = [];
    page.on('response', (response) => bodies.push(fetched(response)));
    await page.goto(url);
    // The app has painted its first screen, and everything it started loading has arrived.
    await page.waitForSelector('html.painted');
    await page.waitForLoadState('networkidle');
    const files = (await Promise.all(bodies)).filter(Boolean).sort((a, b) => b.gzip - a.gzip);
    return { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
  } finally {
    await context.close();
  }
}

async function fetched(response) {
  // A redirect has no body of its own; what it leads to is counted as its own response.
  if (response.status() >= 300 && response.status() < 400) return null;
  const body = await response.body().catch(() => null);
  if (!body) return null;
  const name = new URL(response.url()).pathname.split('/').pop() || 'index.html';
  return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}
