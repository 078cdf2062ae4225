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
