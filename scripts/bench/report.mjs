// Turns the results into the markdown table and the list of budgets.

const KB = 1000; // budgets in KB mean 1,000 bytes: the stricter reading
const kb = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / KB).toFixed(1)} KB`);
const mib = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 2 ** 20).toFixed(1)} MiB`);
const ms = (v, digits = 1) => (v === null || v === undefined ? '–' : `${v.toFixed(digits)} ms`);
const ratio = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(2)}×`);
const pct = (v) => `${Math.round(v * 100)} %`;

/** Where each page's first visit should get to in the long run (the budgets are in
 * scripts/page-sizes.mjs). */
const PAGE_GOALS = [['tips', 100 * KB], ['self-assessment', 150 * KB]];

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function budgetList(r) {
  const out = [];
  const add = (name, measured, shown, limit, ok) =>
    out.push({ name, measured, shown, limit, result: measured === null || measured === undefined ? 'NOT RUN' : ok ? 'PASS' : 'FAIL' });
  for (const page of r.pages ?? []) {
    add(`${page.name} page, first visit (gzip -9)`, page.gzip, kb(page.gzip), `≤ ${kb(page.budget)}`, page.gzip <= page.budget);
  }
  if (r.unlistedPages) {
    const n = r.unlistedPages.length;
    add('Every page has a budget (scripts/page-sizes.mjs)', n, n ? r.unlistedPages.join(', ') : 'all listed', 'none unlisted', n === 0);
  }
  for (const [name, goal] of PAGE_GOALS) {
    const page = r.pages?.find((p) => p.name === name);
    add(`${name} page, long-term goal`, page?.gzip, kb(page?.gzip), `≤ ${kb(goal)}`, page?.gzip <= goal);
  }
  // Keystrokes against the JavaScript way in the same run, as a ratio: no absolute
  // timing means the same on a busy shared machine and on an idle one.
  for (const label of ['real corpus', ...r.options.sizes.map((n) => `${n} tips`)]) {
    const s = r.search?.find((x) => x.label === label && x.sideBySide?.typing);
    const keystroke = s && s.typing.painted.p95 / s.sideBySide.typing.painted.p95;
    add(`Keystroke p95, ours ÷ the JavaScript way, ${label}`, keystroke, ratio(keystroke), '≤ 1.00×', keystroke <= 1);
  }
  const largest = (r.search ?? []).filter((x) => x.tips && x.sideBySide).sort((a, b) => b.tips - a.tips)[0];
  const memory = largest && largest.memoryAfterStartup.wasm / largest.sideBySide.miniSearchIndexHeapBytes;
  add(
    `Memory, our wasm ÷ MiniSearch's index heap${largest ? `, ${largest.label}` : ''}`,
    memory,
    ratio(memory),
    '≤ 1.00×',
    memory <= 1,
  );
  // Adding the files is one action, so it has the one-second limit of a page that
  // "responds"; a switch afterwards is an interaction, held to INP's "good" (200 ms).
  const team = r.team;
  const n = team?.participants ?? 50;
  add(`Team overview: adding ${n} files at once (median)`, team?.many.add.p50, ms(team?.many.add.p50, 0), '≤ 1,000 ms', team?.many.add.p50 <= 1000);
  for (const [key, what] of [['agree', "recording the team's answer"], ['anonymous', 'the anonymous switch']]) {
    const v = team?.many[key].p95;
    add(`Team overview of ${n}: ${what} (p95)`, v, ms(v, 0), '≤ 200 ms', v <= 200);
  }
  const start = r.startup?.throttled.firstCard.p50;
  add('Start-up, first card, 4× CPU + Fast 4G (median)', start, ms(start, 0), '≤ 1,000 ms', start <= 1000);
  const lh = r.lighthouse?.median;
  add('Lighthouse performance (median)', lh?.performance, `${lh?.performance ?? '–'}`, '≥ 95', lh?.performance >= 95);
  add('Lighthouse accessibility (median)', lh?.accessibility, `${lh?.accessibility ?? '–'}`, '100', lh?.accessibility === 100);
  add('Lighthouse best practices (median)', lh?.['best-practices'], `${lh?.['best-practices'] ?? '–'}`, '100', lh?.['best-practices'] === 100);
  const markers = r.benchCodeInShippedBuild;
  add(
    'Shipped build free of bench code',
    markers && r.benchMarkersFoundInBenchBuild ? markers.length : null,
    markers ? (markers.length ? markers.join(', ') : 'no marker found') : '–',
    'no marker',
    markers?.length === 0,
  );
  return out;
}

export function report(r) {
  const m = r.machine;
  // The machine next to every timing: it is shared, so its load says how far to trust them.
  const on = (x) => (x?.load ? `${m.cpu}, shared, 1-min load average ${x.load.before} → ${x.load.after}` : m.cpu);
  const lines = [];
  lines.push(`# Digiwijzer benchmark, ${r.date.slice(0, 16).replace('T', ' ')} UTC`);
  lines.push('');
  lines.push(`Machine: ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}; Chromium ${m.chromium}; Node ${m.node}. A ${m.note}.`);
  lines.push('');

  const cores = Number(m.cpu.split(' ')[0]) || 1;
  const loads = [r.startup?.unthrottled, r.startup?.throttled, r.searchFloor, ...(r.search ?? []), r.team, r.lighthouse]
    .filter((x) => x?.load)
    .flatMap((x) => [x.load.before, x.load.after]);
  const peak = loads.length ? Math.max(...loads) : 0;
  if (peak > cores) {
    lines.push(
      `**Warning: the machine was busy** (1-min load average up to ${peak} on ${cores} cores, so other work ran beside the browser). Timings and Lighthouse's performance score are inflated by it; sizes are not. Rerun on an idle machine before acting on a timing budget.`,
    );
    lines.push('');
  }

  const budgets = budgetList(r);
  lines.push('## Budgets');
  lines.push('');
  lines.push(table(['Budget', 'Measured', 'Limit', 'Result'], budgets.map((b) => [b.name, b.shown, b.limit, `**${b.result}**`])));
  lines.push('');

  if (r.pages) {
    lines.push('## Page sizes: a first visit (dist/)');
    lines.push('');
    lines.push('Every response the page itself fetches on a first visit, service workers blocked, each body gzip -9 (scripts/page-sizes.mjs, which also holds the budgets).');
    lines.push('');
    const rows = r.pages.flatMap((p) => [
      ...p.files.map((f) => [p.name, f.name, kb(f.raw), kb(f.gzip)]),
      [`**${p.name}**`, '**total**', '', `**${kb(p.gzip)}** (budget ${kb(p.budget)})`],
    ]);
    lines.push(table(['Page', 'File', 'Raw', 'gzip -9'], rows));
    lines.push('');
  }

  if (r.sizes) {
    lines.push('## Transfer size (dist/, the shipped build)');
    lines.push('');
    lines.push('1 KB = 1,000 bytes. gzip: zlib level 6 (the common server default); brotli: quality 11 (what scripts/serve.mjs sends).');
    lines.push('"critical" = needed for the first card; "first visit" = also fetched on the first visit; "self-assessment" = fetched when the user opens the self-assessment, a page of its own (zelfevaluatie.html); "service worker" = only fetched into the offline cache.');
    lines.push('');
    const rows = r.sizes.assets.map((a) => [a.name, a.kind, a.phase, kb(a.raw), kb(a.gzip), kb(a.brotli)]);
    const total = (label, s) => [`**${label}**`, '', '', `**${kb(s.raw)}**`, `**${kb(s.gzip)}**`, `**${kb(s.brotli)}**`];
    rows.push(total('First load: wasm + js + css + html', r.sizes.critical));
    rows.push(total('First visit (+ icons, manifest, worker)', r.sizes.firstVisit));
    if (r.sizes.assessment) rows.push(total('Opening the self-assessment adds', r.sizes.assessment));
    rows.push(total('Everything (+ offline cache)', r.sizes.total));
    lines.push(table(['Asset', 'Kind', 'Loaded', 'Raw', 'gzip', 'brotli'], rows));
    const real = r.search?.find((s) => s.label === 'real corpus');
    lines.push('');
    lines.push(
      `Corpus: no separate file; it is baked into the wasm as static data${real?.corpusJsonBytes ? ` (its searchable text is ${kb(real.corpusJsonBytes)} as flat JSON)` : ''}.`,
    );
    lines.push('');
  }

  if (r.team) {
    const t = r.team;
    lines.push(`## Team overview (dist/): 1 and ${t.participants} colleagues' files, ${t.runs} runs each`);
    lines.push('');
    lines.push(`Each run in a fresh profile: a new overview, the files added at once through the file picker, then one team answer recorded and the anonymous switch turned on. Timed in the page, from the event to the frame that shows its effect. One file is the peer, measured in the same run; the ratio is what ${t.participants} cost over one. Machine: ${on(t)}.`);
    lines.push('');
    const row = (label, key) => [label, ms(t.one[key].p50, 0), ms(t.many[key].p50, 0), ms(t.many[key].p95, 0), ratio(t.many[key].p50 / t.one[key].p50)];
    lines.push(
      table(
        ['Action', '1 file (median)', `${t.participants} files (median)`, `${t.participants} files (p95)`, `${t.participants} ÷ 1`],
        [row('Adding the files', 'add'), row("Recording the team's answer", 'agree'), row('Anonymous switch', 'anonymous')],
      ),
    );
    lines.push('');
  }

  if (r.startup) {
    const f = r.startup.fast4g;
    lines.push(`## Start-up (dist/): navigation → first tip card painted, ${r.startup.unthrottled.runs} cold loads`);
    lines.push('');
    lines.push(`Each load in a new browser context (empty cache, no service worker), after one discarded warm-up load. Machine: ${on(r.startup.unthrottled)} (unthrottled); ${on(r.startup.throttled)} (throttled).`);
    lines.push('');
    lines.push('The first cards are in index.html (prerendered by the build); "app ready" is when the app has replaced them and painted its own first frame, from when search and filters work.');
    lines.push('');
    const row = (label, s) => [label, ms(s.firstCard.p50, 0), ms(s.firstCard.min, 0), ms(s.firstCard.max, 0), ms(s.fcp.p50, 0), s.appReady ? ms(s.appReady.p50, 0) : 'n/a', kb(s.bytesUntilFirstCard.p50)];
    lines.push(
      table(
        ['Condition', 'First card (median)', 'Min', 'Max', 'First contentful paint (median)', 'App ready (median)', 'Transferred until first card'],
        [
          row('Unthrottled', r.startup.unthrottled),
          row(
            `${r.startup.cpuSlowdown}× CPU + Fast 4G (${f.latency} ms latency, ${((f.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s down, ${((f.uploadThroughput * 8) / 1e6).toFixed(2)} Mbit/s up)`,
            r.startup.throttled,
          ),
        ],
      ),
    );
    lines.push('');
  }

  if (r.search) {
    lines.push('## Search latency: keystroke → updated results painted (unthrottled)');
    lines.push('');
    lines.push(
      `${r.search[0].typing.samples.length} queries (5 words, 5 prefixes, 5 with diacritics typed with and without them, 5 two-word, 4 with no hits); the last keystroke of each is typed for real and timed in the page from keydown to after the frame that shows the results. Each query is typed ${r.search[0].typing.repeats} times (round-robin); its latency is the median of those, and p50 / p95 / max are over the queries. "All keystrokes p95" is over every single keystroke instead. "Script" is keydown → last DOM change. Synthetic corpora from seed ${r.options.seed}. Chromium runs with --disable-frame-rate-limit, so the wait for a 60 Hz refresh (up to 16.7 ms, whatever the app does) is left out. Machine: ${m.cpu}, shared; the load average during each corpus is in the last column.`,
    );
    lines.push('');
    if (r.searchFloor) {
      const f = r.searchFloor;
      lines.push(`Floor: the same keystroke on an empty page with only a text box takes ${ms(f.p50)} (p50) / ${ms(f.p95)} (p95) / ${ms(f.max)} (max) (${on(f)}); that much of every number below is the browser's own.`);
      lines.push('');
    }
    const rows = [];
    for (const s of r.search) {
      for (const [facet, t] of [['none', s.typing], [`thema: ${s.typingWithFacet.theme}`, s.typingWithFacet]]) {
        const loadNote = s.load ? `${s.load.before} → ${s.load.after}` : '–';
        rows.push([
          s.label, s.documents ?? '–', facet, ms(t.painted.p50), ms(t.painted.p95), ms(t.painted.max),
          ms(t.paintedAllKeystrokes?.p95), `${ms(t.script.p50)} / ${ms(t.script.p95)}`, loadNote,
        ]);
      }
    }
    lines.push(table(['Corpus', 'Documents', 'Facet', 'p50', 'p95', 'Max', 'All keystrokes p95', 'Script p50 / p95', 'Load average'], rows));
    lines.push('');

    const scaled = r.search.filter((s) => s.tips);
    if (scaled.length > 1) {
      const base = scaled[0];
      lines.push('### Growth with corpus size');
      lines.push('');
      lines.push(
        table(
          ['Tips', 'Painted p50', 'Painted p95', `Painted p95 vs ${base.tips}`, 'Pure search p50 (ours)', 'Pure search p95 (ours)', `Pure p50 vs ${base.tips}`],
          scaled.map((s) => [
            s.tips.toLocaleString('en'),
            ms(s.typing.painted.p50),
            ms(s.typing.painted.p95),
            ratio(s.typing.painted.p95 / base.typing.painted.p95),
            ms(s.sideBySide?.plain.ours.p50, 3),
            ms(s.sideBySide?.plain.ours.p95, 3),
            s.sideBySide ? ratio(s.sideBySide.plain.ours.p50 / base.sideBySide.plain.ours.p50) : '–',
          ]),
        ),
      );
      lines.push('');
    }

    const compared = r.search.filter((s) => s.sideBySide);
    if (compared.length) {
      lines.push('## Side-by-side with MiniSearch (same page, corpus, fields and queries)');
      lines.push('');
      lines.push(
        `Pure search time per query (median of 7 batches of ≥ 20 ms): ours is the wasm core called from JS (query in, every hit out as a Uint32Array, facet counts included); MiniSearch 7.2.0 with prefix search, AND, NFD + strip marks + lowercase, and boosts that mirror our field tiers (title 10, meta 5, lead 3, headings 2, body 1). Ratio = our total time over the query set / MiniSearch's (below 1×: ours is faster). Top-5 overlap = shared documents in both top 5s / the larger top 5. Machine: ${m.cpu}, shared; load averages as in the latency table.`,
      );
      lines.push('');
      const rows = [];
      for (const s of compared) {
        for (const [facet, c] of [['none', s.sideBySide.plain], ['theme', s.sideBySide.withFacet]]) {
          rows.push([
            s.label,
            facet,
            `${ms(c.ours.p50, 3)} / ${ms(c.ours.p95, 3)}`,
            `${ms(c.miniSearch.p50, 3)} / ${ms(c.miniSearch.p95, 3)}`,
            `**${ratio(c.ratio)}**`,
            ratio(c.medianRatio),
            pct(c.top5Overlap),
            pct(c.sameHitCount),
          ]);
        }
      }
      lines.push(
        table(['Corpus', 'Facet', 'Ours p50 / p95', 'MiniSearch p50 / p95', 'Ours / MiniSearch (total)', 'Median per-query ratio', 'Top-5 overlap', 'Same hit count'], rows),
      );
      lines.push('');
      lines.push(
        table(
          ['Corpus', 'MiniSearch index build', 'MiniSearch index JS heap', 'Our wasm memory after start-up (index included)'],
          compared.map((s) => [s.label, ms(s.sideBySide.miniSearchIndexBuildMs), mib(s.sideBySide.miniSearchIndexHeapBytes), mib(s.memoryAfterStartup.wasm)]),
        ),
      );
      lines.push('');
      const painted = compared.filter((s) => s.sideBySide.typing);
      if (painted.length) {
        lines.push('### Painted: the same keystrokes, handled the JavaScript way');
        lines.push('');
        lines.push(
          'The same page, queries and keystrokes (no facet), but each keystroke is taken from the app and handled by MiniSearch plus the least DOM work that shows its results: the result count, and the title and text of the cards the app renders in its first frame; no highlights, no kicker or meta, no facet counts (`typeTheJavaScriptWay` in scripts/bench/search.mjs). It does less than the app, so it is a lower bound for what any page like ours costs on this machine; the ratio is what our extra work and Leptos add.',
        );
        lines.push('');
        lines.push(
          table(
            ['Corpus', 'JavaScript way p50 / p95', 'Ours p50 / p95', 'Ours / JavaScript way (p50)', 'Ours / JavaScript way (p95)'],
            painted.map((s) => {
              const js = s.sideBySide.typing.painted;
              const ours = s.typing.painted;
              return [s.label, `${ms(js.p50)} / ${ms(js.p95)}`, `${ms(ours.p50)} / ${ms(ours.p95)}`, ratio(ours.p50 / js.p50), `**${ratio(ours.p95 / js.p95)}**`];
            }),
          ),
        );
        lines.push('');
      }
      const low = compared.flatMap((s) => s.sideBySide.perQuery.filter((q) => q.facet === null && q.top5Overlap < 0.6).map((q) => `${s.label}: "${q.q}" ${pct(q.top5Overlap)}`));
      if (low.length) {
        lines.push(`Queries whose top 5 overlap less than 60 %: ${low.join('; ')}. (Per-query top 5s are in results.json.)`);
        lines.push('');
      }
    }

    lines.push('## Memory (unthrottled, after a forced garbage collection)');
    lines.push('');
    lines.push(
      table(
        ['Corpus', 'JS heap after start-up', 'wasm memory after start-up', 'JS heap after 100 searches', 'wasm memory after 100 searches'],
        r.search.map((s) => [s.label, mib(s.memoryAfterStartup.jsHeap), mib(s.memoryAfterStartup.wasm), mib(s.memoryAfter100Searches.jsHeap), mib(s.memoryAfter100Searches.wasm)]),
      ),
    );
    lines.push('');
    lines.push('wasm linear memory never shrinks, so it is the high-water mark.');
    lines.push('');
  }

  if (r.lighthouse) {
    const l = r.lighthouse;
    lines.push(`## Lighthouse (dist/ served with brotli and the strict CSP; median of ${l.runs})`);
    lines.push('');
    lines.push(`${l.throttling}. Machine: ${on(l)}.`);
    lines.push('');
    lines.push(
      table(
        ['Category', 'Median', 'Runs'],
        Object.entries(l.median).map(([c, v]) => [c, `${v}`, l.reports.map((x) => x.scores[c]).join(', ')]),
      ),
    );
    lines.push('');
    const mm = l.medianMetrics;
    lines.push(
      `Median metrics: FCP ${ms(mm['first-contentful-paint'], 0)}, LCP ${ms(mm['largest-contentful-paint'], 0)}, Speed Index ${ms(mm['speed-index'], 0)}, TBT ${ms(mm['total-blocking-time'], 0)}, CLS ${mm['cumulative-layout-shift']?.toFixed(3) ?? '–'}.`,
    );
    const ids = [...new Set(l.reports.flatMap((x) => Object.keys(x.failing)))];
    const values = (id) => l.reports.map((x) => x.failing[id] ?? 'full marks').join(' / ');
    if (ids.length) lines.push(`Audits below full marks in some run (value per run): ${ids.map((id) => `${id} (${values(id)})`).join('; ')}.`);
    lines.push('');
  }

  const problems = [];
  for (const s of r.search ?? []) {
    for (const mm of [...s.typing.mismatches, ...s.typingWithFacet.mismatches]) {
      problems.push(`${s.label}: the page showed ${mm.shown} results for "${mm.q}"${mm.theme ? ` (thema ${mm.theme})` : ''}, the core finds ${mm.expected}`);
    }
    for (const p of s.problems) problems.push(`${s.label}: ${p}`);
  }
  for (const p of [...(r.startup?.unthrottled.problems ?? []), ...(r.startup?.throttled.problems ?? [])]) problems.push(`start-up: ${p}`);
  lines.push('## Checks');
  lines.push('');
  lines.push(problems.length ? problems.map((p) => `- ${p}`).join('\n') : 'The result counts shown matched the core\'s for every timed query; no page errors.');
  lines.push('');
  return { markdown: lines.join('\n'), budgets };
}
