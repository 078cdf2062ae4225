// Lighthouse with its default (mobile) settings against the served release build:
// simulated slow 4G (150 ms RTT, 1.6 Mbit/s) and 4x CPU slowdown.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { median } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift'];

export async function runLighthouse(url, runs) {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    // A Dutch visitor: an English browser would be sent on to the English page.
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=nl-NL'],
  });
  const reports = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      reports.push({
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
        metrics: Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.numericValue ?? null])),
        // Audits that cost points, for finding out why a score is below budget.
        failing: Object.fromEntries(
          Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
            .map((a) => [a.id, a.displayValue || String(a.score)]),
        ),
        warnings: lhr.runWarnings,
      });
    }
  } finally {
    await chrome.kill();
  }
  return {
    runs,
    throttling: 'Lighthouse default mobile: simulated 150 ms RTT, 1.6 Mbit/s down, 4x CPU',
    median: Object.fromEntries(CATEGORIES.map((c) => [c, median(reports.map((r) => r.scores[c]))])),
    medianMetrics: Object.fromEntries(METRICS.map((m) => [m, median(reports.map((r) => r.metrics[m]))])),
    reports,
  };
}
