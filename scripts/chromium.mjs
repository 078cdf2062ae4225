// Debian's Chromium (apt, installed by scripts/setup.sh) driven by playwright-core, the way
// the build (prerendering), the tests and the benchmark all run it. Playwright's own
// browser download is not used: it comes from outside the package registries.
import { chromium } from 'playwright-core';

/** Headless, and quiet: no sandbox (containers), no GPU, and none of the background
 * traffic (component updates, sync) that has no network to reach here. */
export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Starts Chromium with `CHROMIUM_ARGS` and any `extraArgs`. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Collects what `page` reports as wrong (console errors, uncaught exceptions) in
 * `page.problems`, for whoever opened it to check. */
export function collectProblems(page) {
  page.problems = [];
  page.on('console', (msg) => msg.type() === 'error' && page.problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (err) => page.problems.push(`exception: ${err.message}`));
  return page;
}

/** Two frames and `ms` more: whatever the last action started has been painted. */
export function afterFrames(page, ms = 0) {
  return page.evaluate(
    (ms) => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, ms)))),
    ms,
  );
}
