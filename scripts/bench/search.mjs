// Search: latency as the user sees it (keystroke to results painted), memory, and the
// side-by-side with MiniSearch on the same corpus, queries and page.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { memory, newPage, openTimed, settle } from './page.mjs';
import { stats, median } from './stats.mjs';

const THEME_LEGEND = 'Thema';

/** The number in the result count ("12 resultaten", "1 resultaat", "Geen resultaten"). */
function countFromText(text) {
  const digits = (text ?? '').replace(/\D/g, '');
  return digits ? Number(digits) : 0;
}

/** Types each query `repeats` times, round-robin so a burst of load elsewhere on the
 * machine hits different queries: fills in all but the last character, lets that
 * render, then presses the last key for real and reads the in-page sample for it.
 * A query's latency is the median of its repeats; percentiles are over the queries. */
async function typeQueries(page, queries, theme, repeats, { checkCount = true } = {}) {
  const perQuery = queries.map(({ q, kind }) => ({ q, kind, hits: null, painted: [], script: [] }));
  const mismatches = [];
  await page.focus('#zoekveld');
  for (let round = 0; round < repeats; round++) {
    for (const entry of perQuery) {
      const { q } = entry;
      await page.fill('#zoekveld', q.slice(0, -1));
      await settle(page);
      const before = await page.evaluate(() => window.__bench.keys.length);
      await page.keyboard.press(q.at(-1));
      await page.waitForFunction((n) => window.__bench.keys.length > n, before, { polling: 10 });
      const sample = await page.evaluate(() => window.__bench.keys.at(-1));
      entry.painted.push(sample.painted - sample.key);
      if (sample.dom !== null) entry.script.push(sample.dom - sample.key);
      if (round === 0 && checkCount) {
        // The page must show what the core finds, or we would be timing the wrong thing.
        entry.hits = countFromText(await page.locator('.results__count').textContent());
        const expected = await page.evaluate(
          ({ q, theme }) => (window.digiwijzerBench ? window.digiwijzerBench.search(q, theme ?? undefined).length : null),
          { q, theme },
        );
        if (expected !== null && expected !== entry.hits) mismatches.push({ q, theme, shown: entry.hits, expected });
      }
      await settle(page, 10);
    }
  }
  const samples = perQuery.map((e) => ({ ...e, paintedMedian: median(e.painted), scriptMedian: median(e.script) }));
  return {
    repeats,
    samples,
    mismatches,
    painted: stats(samples.map((s) => s.paintedMedian)),
    script: stats(samples.filter((s) => s.scriptMedian !== null).map((s) => s.scriptMedian)),
    // Every single keystroke, for comparison: noisier, as one interruption is one sample.
    paintedAllKeystrokes: stats(samples.flatMap((s) => s.painted)),
  };
}

/** Ticks the first value of the theme facet; returns the theme's label. */
async function tickFirstTheme(page) {
  const group = page.locator('.facets fieldset', { has: page.locator('legend', { hasText: new RegExp(`^${THEME_LEGEND}$`) }) });
  const first = group.locator('li label').first();
  const theme = (await first.locator('span').first().textContent()).trim();
  await first.locator('input[type=checkbox]').check();
  await page.waitForFunction(() => location.hash.includes('thema='));
  await settle(page, 50);
  return theme;
}

/** `count` searches by filling the box, cycling through the queries. */
async function searchMany(page, queries, count) {
  for (let i = 0; i < count; i++) {
    await page.fill('#zoekveld', queries[i % queries.length].q);
    await settle(page, 0);
  }
  await page.fill('#zoekveld', '');
  await settle(page, 50);
}

/** The same keystroke measurement on a page with nothing but a bare search box: what
 * the browser itself costs (event dispatch, a frame, paint) on this machine. */
export async function harnessFloor(browser, count = 30) {
  const { context, page } = await newPage(browser);
  const url = 'http://floor.bench.invalid/';
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>floor</title><input id="zoekveld" aria-label="q">' }),
  );
  await page.goto(url);
  await page.focus('#zoekveld');
  const samples = [];
  for (let i = 0; i < count; i++) {
    await page.fill('#zoekveld', 'zoek'.slice(0, i % 4));
    await settle(page);
    const before = await page.evaluate(() => window.__bench.keys.length);
    await page.keyboard.press('e');
    await page.waitForFunction((n) => window.__bench.keys.length > n, before, { polling: 10 });
    const s = await page.evaluate(() => window.__bench.keys.at(-1));
    samples.push(s.painted - s.key);
  }
  await context.close();
  return stats(samples);
}

/** Everything measured on one corpus, in one page. */
export async function searchBench(browser, { label, url, distDir, queries, sideBySide, repeats }) {
  const { context, page, cdp } = await newPage(browser);
  await openTimed(page, url);
  await settle(page, 200);
  const result = { label, url };
  result.memoryAfterStartup = await memory(page, cdp);
  await searchMany(page, queries, 100);
  result.memoryAfter100Searches = await memory(page, cdp);
  // Only the bench build can say how many documents and how much text it searches. Asked
  // after measuring memory: the export grows wasm memory, which never shrinks.
  Object.assign(result, await page.evaluate(() => {
    if (!window.digiwijzerBench) return { documents: null, corpusJsonBytes: null };
    const json = window.digiwijzerBench.corpusJson();
    return { documents: JSON.parse(json).length, corpusJsonBytes: new TextEncoder().encode(json).length };
  }));

  result.typing = await typeQueries(page, queries, null, repeats);
  await page.fill('#zoekveld', '');
  await settle(page, 50);
  const theme = await tickFirstTheme(page);
  result.typingWithFacet = { theme, ...(await typeQueries(page, queries, theme, repeats)) };

  if (sideBySide) {
    result.sideBySide = await compareWithMiniSearch(page, cdp, distDir, queries, theme);
    // Last: from here on the app no longer sees the search box.
    result.sideBySide.typing = await typeTheJavaScriptWay(page, queries, repeats);
  }
  result.problems = page.problems;
  await context.close();
  return result;
}

/** The painted latency of the JavaScript way, as a lower bound for ours on this machine:
 * the same page, queries and keystrokes, but each keystroke is taken from the app and
 * handled by MiniSearch (as set up by `compareWithMiniSearch`) plus the least DOM work
 * that shows its results. It rewrites the result count and, in the cards the app renders
 * in its first frame, the title and text; no highlights, no kicker or meta, no facet
 * counts. So it does less than the app, and any gap is what the app's extra work and
 * Leptos cost. */
async function typeTheJavaScriptWay(page, queries, repeats) {
  await page.fill('#zoekveld', '');
  await settle(page, 50);
  await page.evaluate(() => {
    const ms = window.__miniSearch;
    const docs = JSON.parse(window.digiwijzerBench.corpusJson());
    const count = document.querySelector('.results__count');
    const list = document.querySelector('.cards');
    addEventListener(
      'input',
      (e) => {
        if (!(e.target && e.target.id === 'zoekveld')) return;
        e.stopImmediatePropagation();
        const text = e.target.value.trim();
        const hits = text ? ms.search(text) : [];
        count.textContent = `${hits.length} resultaten`;
        const cards = document.querySelectorAll('.cards > .card');
        // As many cards as the app renders in its first frame (cards_on_screen in src/ui/list_page.rs).
        const top = list.getBoundingClientRect().top;
        const firstScreen = top < 0 ? 20 : Math.min(20, Math.max(1, Math.ceil((innerHeight - top) / (9.25 * 16))));
        for (let i = 0; i < firstScreen && i < cards.length; i++) {
          const card = cards[i];
          card.hidden = i >= hits.length;
          if (card.hidden) continue;
          const doc = docs[hits[i].id];
          card.querySelector('h3 a').textContent = doc.title;
          const p = card.querySelector('.card__summary, .card__snippet');
          if (p) p.textContent = doc.lead.slice(0, 240);
        }
      },
      true,
    );
  });
  return typeQueries(page, queries, null, repeats, { checkCount: false });
}

/** Pure search time, ours (the wasm core through `window.digiwijzerBench`) against
 * MiniSearch's, on the same documents and fields, in the same page; and top-5 agreement. */
async function compareWithMiniSearch(page, cdp, distDir, queries, theme) {
  const script = join(distDir, 'minisearch.js');
  if (!existsSync(script)) copyFileSync('node_modules/minisearch/dist/umd/index.js', script);
  await page.addScriptTag({ url: 'minisearch.js' });
  const heapBefore = await memory(page, cdp);
  const buildMs = await page.evaluate(() => {
    // Diacritic folding the way a web developer would write it: NFD, drop the marks, lowercase.
    const fold = (term) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const docs = JSON.parse(window.digiwijzerBench.corpusJson());
    const t0 = performance.now();
    const ms = new window.MiniSearch({
      fields: ['title', 'meta', 'lead', 'headings', 'body'],
      storeFields: ['themes'],
      processTerm: fold,
      // Our ranking tiers (title > meta > lead > headings > body), prefix matching on
      // every word and AND, as our search does.
      searchOptions: { prefix: true, combineWith: 'AND', boost: { title: 10, meta: 5, lead: 3, headings: 2, body: 1 } },
    });
    ms.addAll(docs);
    window.__miniSearch = ms;
    return performance.now() - t0;
  });
  const heapAfter = await memory(page, cdp);

  const perQuery = await page.evaluate(({ queries, theme }) => {
    const ours = window.digiwijzerBench;
    const ms = window.__miniSearch;
    // performance.now() is coarse here (100 µs, no cross-origin isolation), so each
    // timing repeats the search in a batch of at least 20 ms; the median of 7 batches.
    const time = (fn) => {
      let n = 1;
      for (;;) {
        const t0 = performance.now();
        for (let i = 0; i < n; i++) fn();
        if (performance.now() - t0 >= 20 || n >= 1 << 16) break;
        n *= 2;
      }
      const batches = [];
      for (let b = 0; b < 7; b++) {
        const t0 = performance.now();
        for (let i = 0; i < n; i++) fn();
        batches.push((performance.now() - t0) / n);
      }
      batches.sort((a, b) => a - b);
      return batches[3];
    };
    const overlap = (a, b) => {
      if (a.length === 0 && b.length === 0) return 1;
      const set = new Set(a);
      return b.filter((x) => set.has(x)).length / Math.max(a.length, b.length);
    };
    const run = (q, facet) => {
      const filter = facet ? { filter: (r) => r.themes.includes(facet) } : undefined;
      const oursSearch = () => ours.search(q, facet ?? undefined);
      const theirsSearch = () => ms.search(q, filter);
      const oursHits = Array.from(oursSearch());
      const theirsHits = theirsSearch().map((r) => r.id);
      return {
        q,
        facet,
        oursMs: time(oursSearch),
        miniSearchMs: time(theirsSearch),
        oursHits: oursHits.length,
        miniSearchHits: theirsHits.length,
        oursTop5: oursHits.slice(0, 5),
        miniSearchTop5: theirsHits.slice(0, 5),
        top5Overlap: overlap(oursHits.slice(0, 5), theirsHits.slice(0, 5)),
      };
    };
    return [...queries.map(({ q }) => run(q, null)), ...queries.map(({ q }) => run(q, theme))];
  }, { queries, theme });

  const plain = perQuery.filter((r) => r.facet === null);
  const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
  const summary = (list) => ({
    ours: stats(list.map((r) => r.oursMs)),
    miniSearch: stats(list.map((r) => r.miniSearchMs)),
    // Total time over the query set: ours / MiniSearch's (below 1: we are faster).
    ratio: sum(list, 'oursMs') / sum(list, 'miniSearchMs'),
    medianRatio: median(list.map((r) => r.oursMs / r.miniSearchMs)),
    top5Overlap: sum(list, 'top5Overlap') / list.length,
    sameHitCount: list.filter((r) => r.oursHits === r.miniSearchHits).length / list.length,
  });
  return {
    miniSearchIndexBuildMs: buildMs,
    miniSearchIndexHeapBytes: heapAfter.jsHeap - heapBefore.jsHeap,
    plain: summary(plain),
    withFacet: summary(perQuery.filter((r) => r.facet !== null)),
    perQuery,
  };
}
