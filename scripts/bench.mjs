// The benchmark (run it through scripts/bench.sh, which builds what it needs first).
//
//   node scripts/bench.mjs [--runs 10] [--repeats 5] [--lighthouse-runs 5] [--sizes 100,1000,10000]
//                          [--seed 42] [--skip sizes,startup,search,team,lighthouse]
//                          [--dist dist] [--bench-dist target/bench/dist] [--docs]
//
// --dist and --bench-dist measure other builds, e.g. to compare a build setting.
//
// Writes target/bench/results.json (every sample) and target/bench/results.md (the
// table), prints the table, and checks every budget (PASS/FAIL); with --docs also
// docs/benchmark-results.md. Exits 0 either way:
// a budget is a finding to act on, not a test.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { serve } from './serve.mjs';
import { measureSizes, findMarkers } from './bench/sizes.mjs';
import { measurePages, unlistedPages } from './page-sizes.mjs';
import { launchBrowser, FAST_4G, CPU_SLOWDOWN } from './bench/page.mjs';
import { startup } from './bench/startup.mjs';
import { searchBench, harnessFloor } from './bench/search.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { teamBench, TEAM_SIZE } from './bench/team.mjs';
import { QUERIES } from './bench/queries.mjs';
import { report } from './bench/report.mjs';

const OUT = 'target/bench';

function options(argv) {
  const get = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  const known = ['runs', 'repeats', 'lighthouse-runs', 'sizes', 'seed', 'skip', 'dist', 'bench-dist', 'docs'];
  for (const arg of argv.filter((a) => a.startsWith('--'))) {
    if (!known.includes(arg.slice(2))) {
      console.error(`bench: unknown option ${arg}; known: ${known.map((k) => `--${k}`).join(' ')}`);
      process.exit(2);
    }
  }
  const positive = (name, value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) {
      console.error(`bench: --${name} must be a whole number of at least 1, not "${value}"`);
      process.exit(2);
    }
    return n;
  };
  return {
    runs: positive('runs', get('runs', '10')),
    repeats: positive('repeats', get('repeats', '5')),
    lighthouseRuns: positive('lighthouse-runs', get('lighthouse-runs', '5')),
    sizes: get('sizes', '100,1000,10000').split(',').map((s) => positive('sizes', s)),
    seed: positive('seed', get('seed', '42')),
    skip: new Set(get('skip', '').split(',').filter(Boolean)),
    dist: get('dist', 'dist'),
    benchDist: get('bench-dist', 'target/bench/dist'),
  };
}

/** The 1-minute load average: printed next to every timing, as the machine is shared. */
const load = () => Number(os.loadavg()[0].toFixed(2));

/** Runs `fn` and records the load average before and after it on its result. */
async function timed(fn) {
  const before = load();
  const result = await fn();
  return { ...result, load: { before, after: load() } };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    note: 'shared machine: other builds may run at the same time, so timings are noisy',
  };
}

async function main() {
  const opt = options(process.argv.slice(2));
  const DIST = opt.dist;
  const BENCH_DIST = opt.benchDist;
  for (const dir of [DIST, BENCH_DIST]) {
    if (!existsSync(`${dir}/index.html`)) {
      console.error(`bench: ${dir}/index.html is missing; run scripts/bench.sh (it builds both variants)`);
      process.exit(1);
    }
  }
  mkdirSync(OUT, { recursive: true });
  const results = { date: new Date().toISOString(), machine: machine(), options: { ...opt, skip: [...opt.skip] } };
  const log = (msg) => console.log(`bench: ${msg}`);

  if (!opt.skip.has('sizes')) {
    log('transfer sizes of dist/');
    results.sizes = measureSizes(DIST);
    results.benchCodeInShippedBuild = findMarkers(DIST);
    // The check must be able to fail: the bench build does contain the markers.
    results.benchMarkersFoundInBenchBuild = findMarkers(BENCH_DIST).length > 0;
  }

  const shipped = await serve({ dir: DIST, port: 0 });
  const bench = await serve({ dir: BENCH_DIST, port: 0 });
  try {
    if (!opt.skip.has('sizes')) {
      log('what each page fetches on a first visit');
      const browser = await launchBrowser();
      try {
        results.pages = await measurePages(browser, shipped.url);
        results.unlistedPages = unlistedPages(DIST);
      } finally {
        await browser.close();
      }
    }
    if (!opt.skip.has('startup')) {
      const browser = await launchBrowser();
      results.machine.chromium = browser.version();
      try {
        log(`start-up, ${opt.runs} cold loads unthrottled`);
        results.startup = { unthrottled: await timed(() => startup(browser, shipped.url, { runs: opt.runs, throttle: false })) };
        log(`start-up, ${opt.runs} cold loads at ${CPU_SLOWDOWN}x CPU + Fast 4G`);
        results.startup.throttled = await timed(() => startup(browser, shipped.url, { runs: opt.runs, throttle: true }));
        results.startup.fast4g = FAST_4G;
        results.startup.cpuSlowdown = CPU_SLOWDOWN;
      } finally {
        await browser.close();
      }
    }
    if (!opt.skip.has('search')) {
      const browser = await launchBrowser({ unlimitedFrames: true });
      results.machine.chromium = browser.version();
      try {
        log('keystroke latency of an empty page (the floor)');
        results.searchFloor = await timed(() => harnessFloor(browser));
        results.search = [];
        log('search on the real corpus (release build)');
        results.search.push(await timed(() => searchBench(browser, { label: 'real corpus (dist/)', url: shipped.url, queries: QUERIES, repeats: opt.repeats })));
        log('search on the real corpus (bench build), with MiniSearch');
        results.search.push(
          await timed(() => searchBench(browser, { label: 'real corpus', url: bench.url, distDir: BENCH_DIST, queries: QUERIES, sideBySide: true, repeats: opt.repeats })),
        );
        for (const n of opt.sizes) {
          log(`search on ${n} synthetic tips (seed ${opt.seed}), with MiniSearch`);
          const url = `${bench.url}?synthetic=${n}&seed=${opt.seed}`;
          const result = await timed(() => searchBench(browser, { label: `${n} tips`, url, distDir: BENCH_DIST, queries: QUERIES, sideBySide: true, repeats: opt.repeats }));
          results.search.push({ tips: n, ...result });
        }
      } finally {
        await browser.close();
      }
    }
    if (!opt.skip.has('team')) {
      const browser = await launchBrowser();
      results.machine.chromium = browser.version();
      try {
        log(`team overview: 1 and ${TEAM_SIZE} colleagues' files, ${opt.runs} runs each`);
        results.team = await timed(() => teamBench(browser, shipped.url, { participants: TEAM_SIZE, runs: opt.runs }));
      } finally {
        await browser.close();
      }
    }
    if (!opt.skip.has('lighthouse')) {
      log(`Lighthouse, ${opt.lighthouseRuns} run(s)`);
      results.lighthouse = await timed(() => runLighthouse(shipped.url, opt.lighthouseRuns));
    }
  } finally {
    shipped.server.close();
    bench.server.close();
  }
  results.machine.loadAverageAtEnd = os.loadavg().map((l) => l.toFixed(2)).join(' ');

  const { markdown, budgets } = report(results);
  results.budgets = budgets;
  writeFileSync(`${OUT}/results.json`, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(`${OUT}/results.md`, markdown);
  console.log('\n' + markdown);
  log(`wrote ${OUT}/results.md and ${OUT}/results.json`);
  // --docs: the table of this run becomes the docs page that docs/benchmark.md points to.
  if (process.argv.includes('--docs')) {
    mkdirSync('docs', { recursive: true });
    writeFileSync('docs/benchmark-results.md', `# Benchmark: the last run's table\n\nWritten by \`scripts/bench.sh --docs\`.\n\n${markdown}`);
    log('wrote docs/benchmark-results.md');
  }
}

await main();
