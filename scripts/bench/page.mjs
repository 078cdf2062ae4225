// The browser side of the benchmark: Chromium, throttling, and the in-page probes.
//
// All timings are taken inside the page with performance.now(), so Playwright's and
// CDP's own round trips never count. "Painted" means: the next animation frame after
// the change has run (style, layout and paint follow the rAF callbacks in the same
// frame), then a MessageChannel message, which is delivered only after that frame's
// rendering work is done.
import { afterFrames, collectProblems, launchChromium } from '../chromium.mjs';

/** Chrome DevTools' "Fast 4G" preset (Fast4GConditions in devtools-frontend's
 * NetworkManager.ts): 9 Mbit/s down and 1.5 Mbit/s up, both derated by 0.9, and
 * 60 ms RTT times DevTools' 2.75 latency factor. */
export const FAST_4G = {
  offline: false,
  latency: 60 * 2.75,
  downloadThroughput: ((9 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((1.5 * 1000 * 1000) / 8) * 0.9,
  connectionType: 'cellular4g',
};
export const CPU_SLOWDOWN = 4;

/** Chromium as the tests run it. `unlimitedFrames` stops holding frames to a 60 Hz
 * clock, so a keystroke's latency is the browser's and our work, not the wait for the
 * display's next refresh (which would add up to 16.7 ms, whatever the app does). */
export function launchBrowser({ unlimitedFrames = false } = {}) {
  return launchChromium(unlimitedFrames ? ['--disable-frame-rate-limit'] : []);
}

/** What the page logs once the first card is painted. Start-up waits for this console
 * message rather than polling with waitForFunction: Playwright's polling runs its own
 * injected script in the page, which at 4x CPU took tens of milliseconds of the very
 * main thread being measured. */
export const FIRST_CARD = 'digiwijzer-bench: first card painted';
/** What the page logs once the app itself (not the start page prerendered into
 * index.html) has painted its first frame: from then on, search and filters work. */
const APP_READY = 'digiwijzer-bench: app ready';

/** Runs in the page before any of its scripts (init scripts are exempt from the CSP). */
function probes({ FIRST_CARD, APP_READY }) {
  const now = () => performance.now();
  const B = (window.__bench = { keys: [], firstCard: null, cardInDom: null, appReady: null, lastMutation: 0, wasmMemory: null });
  const afterPaint = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(now());
      channel.port2.postMessage(null);
    });

  // Start-up: navigation start (performance.now() = 0) to the first tip card painted.
  const cards = new MutationObserver(() => {
    if (document.querySelector('.cards .card')) {
      cards.disconnect();
      B.cardInDom = now();
      afterPaint((t) => {
        B.firstCard = t;
        console.debug(FIRST_CARD);
      });
    }
  });
  cards.observe(document, { childList: true, subtree: true });
  // The app sets `painted` on <html> after its first frame (src/ui/mod.rs).
  const app = new MutationObserver(() => {
    if (document.documentElement.classList.contains('painted')) {
      app.disconnect();
      B.appReady = now();
      console.debug(APP_READY);
    }
  });
  app.observe(document, { attributes: true, attributeFilter: ['class'], subtree: true });
  // Watches every DOM change from the first keystroke on, not during start-up, where
  // its callbacks would be counted as the page's own work.
  const mutations = new MutationObserver(() => (B.lastMutation = now()));
  let watching = false;
  // Trunk's loader hands over the wasm instance; its memory is the linear memory.
  addEventListener('TrunkApplicationStarted', (e) => {
    const memory = e.detail && e.detail.wasm && e.detail.wasm.memory;
    B.wasmMemory = () => (memory ? memory.buffer.byteLength : null);
  });

  // Search: a real keystroke in the search box to the frame that shows its results.
  let pending = null;
  addEventListener('keydown', (e) => {
    if (!(e.target && e.target.id === 'zoekveld')) return;
    pending = { key: now() };
    if (!watching) {
      watching = true;
      mutations.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    }
  }, true);
  addEventListener('input', (e) => {
    if (!(e.target && e.target.id === 'zoekveld') || !pending) return;
    const sample = pending;
    pending = null;
    sample.input = now();
    afterPaint((t) => {
      sample.painted = t;
      // The last DOM change before that frame: when our script work ended.
      sample.dom = B.lastMutation > sample.input ? B.lastMutation : null;
      B.keys.push(sample);
    });
  }, true);
}

/** A fresh context and page (empty cache and storage) with the probes installed. */
export async function newPage(browser, { throttle = false } = {}) {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = collectProblems(await context.newPage());
  await page.addInitScript(probes, { FIRST_CARD, APP_READY });
  const cdp = await context.newCDPSession(page);
  if (throttle) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  return { context, page, cdp };
}

/** Opens `url` and waits for its first card and for the app; returns the in-page times
 * in ms since navigation start. */
export async function openTimed(page, url, timeout = 60000) {
  const painted = page.waitForEvent('console', { predicate: (msg) => msg.text() === FIRST_CARD, timeout });
  const ready = page.waitForEvent('console', { predicate: (msg) => msg.text() === APP_READY, timeout });
  await page.goto(url, { waitUntil: 'commit' });
  await Promise.all([painted, ready]);
  return page.evaluate(() => ({ firstCard: window.__bench.firstCard, cardInDom: window.__bench.cardInDom, appReady: window.__bench.appReady }));
}

/** Two frames and a short pause: whatever the last action started has been painted. */
export function settle(page, ms = 30) {
  return afterFrames(page, ms);
}

/** JS heap after a full garbage collection, and wasm linear memory, in bytes. */
export async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => (window.__bench.wasmMemory ? window.__bench.wasmMemory() : null));
  return { jsHeap: heap.usedSize, wasm };
}
