// Start-up: navigation to the first tip card painted, over cold loads.
import { newPage, gotoFirstCard } from './page.mjs';
import { stats } from './stats.mjs';

/** `runs` cold loads of `url`, each in a new context (empty HTTP cache, no service
 * worker), after one discarded load that warms up the browser process itself. */
export async function startup(browser, url, { runs, throttle }) {
  const samples = [];
  for (let i = -1; i < runs; i++) {
    const { context, page, cdp } = await newPage(browser, { throttle });
    let bytes = 0;
    await cdp.send('Network.enable');
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    const times = await gotoFirstCard(page, url, throttle ? 120000 : 30000);
    const paints = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
    }));
    if (i >= 0) samples.push({ ...times, ...paints, bytesUntilFirstCard: bytes, problems: page.problems });
    await context.close();
  }
  return {
    runs,
    throttle,
    firstCard: stats(samples.map((s) => s.firstCard)),
    fcp: stats(samples.map((s) => s.fcp).filter((v) => v !== null)),
    bytesUntilFirstCard: stats(samples.map((s) => s.bytesUntilFirstCard)),
    problems: [...new Set(samples.flatMap((s) => s.problems))],
    samples,
  };
}
