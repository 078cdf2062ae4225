// Start-up: navigation to the first tip card painted, and to the app ready, over cold loads.
import { newPage, openTimed, FIRST_CARD } from './page.mjs';
import { stats } from './stats.mjs';

/** `runs` cold loads of `url`, each in a new context (empty HTTP cache, no service
 * worker), after one discarded load that warms up the browser process itself. */
export async function startup(browser, url, { runs, throttle }) {
  const samples = [];
  for (let i = -1; i < runs; i++) {
    const { context, page, cdp } = await newPage(browser, { throttle });
    let bytes = 0;
    let bytesUntilFirstCard = null;
    await cdp.send('Network.enable');
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    page.on('console', (msg) => msg.text() === FIRST_CARD && bytesUntilFirstCard === null && (bytesUntilFirstCard = bytes));
    const times = await openTimed(page, url, throttle ? 120000 : 30000);
    const paints = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
    }));
    if (i >= 0) samples.push({ ...times, ...paints, bytesUntilFirstCard, problems: page.problems });
    await context.close();
  }
  return {
    runs,
    throttle,
    firstCard: stats(samples.map((s) => s.firstCard)),
    appReady: stats(samples.map((s) => s.appReady)),
    fcp: stats(samples.map((s) => s.fcp).filter((v) => v !== null)),
    bytesUntilFirstCard: stats(samples.map((s) => s.bytesUntilFirstCard)),
    problems: [...new Set(samples.flatMap((s) => s.problems))],
    samples,
  };
}
