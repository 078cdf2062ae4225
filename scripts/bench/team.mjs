// The team overview at scale: a lead adds colleagues' export files at once, then works
// with the overview. Timed inside the page from the file picker's change event to the
// frame that shows every file's result, and from a switch to the frame that shows its
// effect, so Playwright's round trips never count. One file is the peer: the ratio says
// what fifty cost over one in the same run, on the same machine.
import { readFileSync } from 'node:fs';
import { collectProblems } from '../chromium.mjs';
import { stats } from './stats.mjs';

/** Statement ids of the model, read the way a colleague's file would carry them. */
function statementIds() {
  const toml = readFileSync('corpus/zelfevaluatie.toml', 'utf8');
  return [...toml.matchAll(/^id = "([a-z]+\.[a-z0-9]+)"$/gm)].map((m) => m[1]);
}

/** A small deterministic generator, so every run adds the same files. */
function random(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** `n` export files as the app writes them, each from another colleague, every statement
 * answered or skipped at random, some with a note. */
export function colleagueFiles(n, seed = 42) {
  const ids = statementIds();
  const next = random(seed);
  const values = ['ja', 'deels', 'nee', 'nvt', null];
  const now = Date.UTC(2026, 0, 15);
  return Array.from({ length: n }, (_, i) => {
    const answers = {};
    for (const id of ids) {
      const answer = values[Math.floor(next() * values.length)];
      if (!answer) continue;
      const a = { updated: now, answer };
      if (next() < 0.2) Object.assign(a, { note: `Toelichting van collega ${i + 1} bij ${id}.`, note_updated: now });
      answers[id] = a;
    }
    const file = {
      format: 'digiwijzer-zelfevaluatie',
      version: 3,
      exported: now,
      participant: `Collega ${i + 1}`,
      assessments: [{ id: `bench-${String(i + 1).padStart(4, '0')}`, name: 'Zelfevaluatie', created: now, renamed: now, answers }],
    };
    return { name: `collega-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
  });
}

/** In the page: resolves with the milliseconds from the next `event` on `target` to the
 * first frame painted once every `until` holds: `selector` matches `count` elements, more
 * than `moreThan`, or its first match reads `text`. (The CSP forbids eval, so the
 * condition is data, not code.) */
function armProbe({ target, event, until }) {
  const holds = ({ selector, count, moreThan, text }) => {
    const found = document.querySelectorAll(selector);
    if (count !== undefined) return found.length === count;
    if (moreThan !== undefined) return found.length > moreThan;
    return found[0]?.textContent === text;
  };
  const check = () => until.every(holds);
  window.__teamProbe = new Promise((resolve) => {
    const el = document.querySelector(target);
    el.addEventListener(
      event,
      () => {
        const start = performance.now();
        const painted = () =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - start);
            channel.port2.postMessage(null);
          });
        if (check()) return painted();
        const watch = new MutationObserver(() => {
          if (!check()) return;
          watch.disconnect();
          painted();
        });
        watch.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      },
      { capture: true, once: true },
    );
  });
}

async function probe(page, spec, act) {
  await page.evaluate(armProbe, spec);
  await act();
  const waited = await page.evaluate(() => Promise.race([window.__teamProbe, new Promise((done) => setTimeout(() => done(null), 30000))]));
  if (waited === null) {
    const files = await page.locator('.team__files').innerText();
    throw new Error(`bench: ${spec.target} ${spec.event} did not lead to ${JSON.stringify(spec.until)} in 30 s; the files said: ${files}`);
  }
  return waited;
}

/** One run: a fresh profile, a new overview, `files` added at once, then the anonymous
 * switch and recording the team's answer, each timed. */
async function oneRun(browser, url, files) {
  // A Dutch visitor: an English browser would be sent on to the English page.
  const context = await browser.newContext({ locale: 'nl-NL' });
  try {
    const page = collectProblems(await context.newPage());
    await page.goto(`${url}zelfevaluatie.html#/zelfevaluatie/team`);
    await page.getByLabel(/^Naam van een nieuw teamoverzicht/).fill('Benchmark');
    await page.getByRole('button', { name: 'Teamoverzicht maken' }).click();
    await page.getByRole('heading', { name: 'Teamoverzicht: Benchmark' }).waitFor();
    const n = files.length;
    const add = await probe(
      page,
      {
        target: '#teambestanden',
        event: 'change',
        until: [
          { selector: '.team__files li', count: n },
          { selector: '.team__table thead th', count: n + 3 },
        ],
      },
      () => page.getByLabel(/^Exportbestanden van collega’s toevoegen/).setInputFiles(files),
    );
    const refused = await page.locator('.team__files li', { hasText: 'niet toegevoegd' }).allInnerTexts();
    if (refused.length) throw new Error(`bench: the overview refused generated files: ${refused[0]}`);
    // One member agrees with nobody, so the agenda is empty: walk all statements.
    await page.getByLabel(/^Toon alle stellingen/).check();
    const agree = await probe(
      page,
      { target: '.team__agenda input[type=radio]', event: 'change', until: [{ selector: '[role=status][aria-live=polite]', text: 'Opgeslagen' }] },
      () => page.locator('.team__agenda input[type=radio]').first().check(),
    );
    const anonymous = await probe(
      page,
      { target: '#anoniem', event: 'change', until: [{ selector: '.team__table thead th:nth-child(2)', text: 'Deelnemer 1' }] },
      () => page.getByLabel(/^Anoniem/).check(),
    );
    if (page.problems.length) throw new Error(`bench: the team overview reported ${page.problems.join('; ')}`);
    return { add, agree, anonymous };
  } finally {
    await context.close();
  }
}

/** The team the issue asks to stay fast with: fifty colleagues on today's model. */
export const TEAM_SIZE = 50;

/** `runs` runs with one file and with `participants` files, alternating so that a busy
 * moment on the machine hits both. */
export async function teamBench(browser, url, { participants = TEAM_SIZE, runs = 5 } = {}) {
  const one = colleagueFiles(1);
  const many = colleagueFiles(participants);
  const samples = { one: [], many: [] };
  for (let i = 0; i < runs; i++) {
    samples.one.push(await oneRun(browser, url, one));
    samples.many.push(await oneRun(browser, url, many));
  }
  const of = (list, key) => stats(list.map((s) => s[key]));
  const summarise = (list) => ({ add: of(list, 'add'), agree: of(list, 'agree'), anonymous: of(list, 'anonymous') });
  return { participants, runs, one: summarise(samples.one), many: summarise(samples.many), samples };
}
