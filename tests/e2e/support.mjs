// Helpers for the offline, update, sub-path, CSP and accessibility tests: the list of
// views every check walks through, copies of dist/ to change, and the two checkers
// (axe-core in the page, the Nu HTML Checker on the rendered DOM).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before } from 'node:test';
import { gotoApp, launch, mainHeading, startServer, waitForHash } from './harness.mjs';
import { UI, answer, answered, exportFile, importField } from './selfassessment.mjs';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

/** The build under test: dist/ unless DIGIWIJZER_DIST points at another copy. */
export const DIST = process.env.DIGIWIJZER_DIST || join(ROOT, 'dist');

/** The example tip and example every deep-link test uses (corpus/000_…: "Tip 17"). */
export const DEEP_LINK = '#/lees/tip-17/breng-het-onderwerp-constant-onder-de-aandacht';
export const DEEP_LINK_HEADING = 'Zorg ervoor dat het bestuur achter je staat';

/**
 * Every screen and state the checks visit. `hash` is opened on a fresh load;
 * `prepare(page)` then brings the page into the state (it may assume the list's
 * default layout for the viewport it runs in).
 */
export const VIEWS = [
  { name: 'lijst', hash: '#/' },
  { name: 'zoeken met resultaten', hash: '#/?q=bestuur' },
  {
    name: 'filters open',
    hash: '#/',
    prepare: async (page) => {
      await openFilters(page);
      await page.getByRole('checkbox', { name: /^Tip/ }).first().check();
      await waitForHash(page, /soort=/);
    },
  },
  { name: 'zoeken zonder resultaten', hash: '#/?q=qwxzqwxz&soort=tip' },
  { name: 'tip', hash: '#/lees/tip-17' },
  { name: 'lange tip met inhoud', hash: '#/lees/tip-76' },
  { name: 'zoeken met een synoniem', hash: '#/?q=wethouder' },
  {
    name: 'terug naar de zoekresultaten',
    hash: '#/?q=bestuur&soort=tip',
    prepare: async (page) => {
      await page.locator('.card h3 a').first().click();
      await page.getByRole('link', { name: 'Terug naar uw zoekresultaten' }).waitFor();
    },
  },
  { name: 'voorbeeld (deep link)', hash: DEEP_LINK },
  { name: 'artikel', hash: '#/lees/het-dna-van-dienstverlening' },
  {
    name: 'persoon',
    hash: '#/lees/tip-17',
    prepare: async (page) => {
      await page.locator('a[href^="#/persoon/"]').first().click();
      await page.waitForSelector('html.painted main .person h1');
    },
  },
  { name: 'toegankelijkheidsverklaring', hash: '#/toegankelijkheid' },
  { name: 'niet gevonden', hash: '#/bestaat/niet' },
  { name: 'onbekende link-onderdelen', hash: '#/?q=bestuur&kleur=blauw' },
  {
    name: 'zelfevaluatie (een stelling beantwoord)',
    hash: '#/zelfevaluatie',
    prepare: (page) => answerStatements(page, 1),
  },
  {
    // Nothing answered: "Stand van vandaag bewaren" says why it does nothing.
    name: 'zelfevaluatie: leeg, momentopname nog niet mogelijk',
    hash: '#/zelfevaluatie',
    prepare: (page) => page.locator('.snapshot__why').filter({ hasText: /minstens één stelling/ }).waitFor(),
  },
  {
    // A link to a statement in another dimension opens that dimension, with the statement in view.
    name: 'zelfevaluatie: stelling in een ander onderwerp (deep link)',
    hash: '#/zelfevaluatie/stelling/strategie.b4',
    prepare: (page) => page.waitForFunction(() => document.activeElement?.closest('fieldset.statement')),
  },
  {
    name: 'zelfevaluatie: resultaten',
    hash: '#/zelfevaluatie',
    prepare: async (page) => {
      await answerStatements(page, 4);
      await page.getByRole('link', { name: 'Resultaten', exact: true }).click();
      await waitForHash(page, '#/zelfevaluatie/resultaten');
      await mainHeading(page).waitFor();
    },
  },
  {
    name: 'zelfevaluatie: resultaten met ambitie en een momentopname ernaast',
    hash: '#/zelfevaluatie',
    prepare: (page) => resultsWithAmbitionAndSnapshot(page),
  },
  {
    name: 'zelfevaluatie: actieplan met een actie te laat en een klaar',
    hash: '#/zelfevaluatie/actieplan/nieuw/stelling/eigenaarschap.b5',
    prepare: (page) => planWithLateAndDone(page),
  },
  {
    name: 'zelfevaluatie: spel, een kaart',
    hash: '#/zelfevaluatie/spel',
    prepare: async (page) => {
      await startGame(page);
      await firstCardToMore(page);
    },
  },
  {
    name: 'zelfevaluatie: spel, kiezen uit meer doen',
    hash: '#/zelfevaluatie/spel',
    prepare: async (page) => {
      await startGame(page);
      await sortAllToMore(page);
      await page.getByRole('checkbox').first().check();
    },
  },
  {
    name: 'zelfevaluatie: teamoverzicht met twee deelnemers',
    hash: '#/zelfevaluatie/team',
    prepare: (page) => teamWithTwo(page),
  },
  { name: 'zelfevaluatie: beheer', hash: '#/zelfevaluatie/beheer' },
  { name: 'zelfevaluatie: exporteren en importeren', hash: '#/zelfevaluatie/bestand' },
  {
    name: 'zelfevaluatie: importfout',
    hash: '#/zelfevaluatie/bestand',
    prepare: async (page) => {
      await importBroken(page);
    },
  },
  {
    name: 'offline-melding',
    hash: '#/',
    prepare: async (page) => {
      await page.context().setOffline(true);
      await page.locator('.notice--offline').waitFor();
    },
    cleanup: (page) => page.context().setOffline(false),
  },
];

/**
 * Answers the first `n` statements of the self-assessment with their first option,
 * "Nee", and waits until the last answer has been saved.
 */
export async function answerStatements(page, n, t = UI.nl) {
  for (let i = 0; i < n; i++) await answer(page, i, t.no).check();
  await answered(page, n, t);
}

/** From the checklist: a snapshot, one more answer, an ambition for two dimensions, and
 * the results compared with the snapshot. */
export async function resultsWithAmbitionAndSnapshot(page, t = UI.nl) {
  // A snapshot needs something answered (one at 0 % is refused).
  await answerStatements(page, 1, t);
  await page.getByRole('button', { name: t.snapshot }).click();
  await answer(page, 1, t.no).check();
  await answered(page, 2, t);
  await page.getByRole('link', { name: t.results, exact: true }).click();
  await waitForHash(page, '#/zelfevaluatie/resultaten');
  const ambitions = page.getByRole('region', { name: t.ambition }).getByRole('combobox');
  await ambitions.nth(0).selectOption('2');
  await ambitions.nth(1).selectOption('1');
  await page.getByRole('combobox', { name: t.compareWith }).selectOption({ index: 1 });
  await page.locator('svg.radar__svg polygon.radar__then').waitFor({ state: 'attached' });
}

/** On a new action from a statement: that action done (it asks to answer again), and a
 * second one past its date. */
export async function planWithLateAndDone(page, t = UI.nl) {
  await page.getByRole('button', { name: t.addAction }).click();
  await page.getByText(t.oneAction, { exact: true }).waitFor();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('klaar');
  await page.locator('.action__reanswer').waitFor();
  await page.getByLabel(t.actionWhat).first().fill(t.lang === 'nl' ? 'Raadsinformatiebrief schrijven' : 'Write a letter to the council');
  await page.getByLabel(t.actionDue).first().fill('2020-01-31');
  await page.getByRole('button', { name: t.addAction }).click();
  await page.getByText(t.twoActionsOneLate).waitFor();
}

/** On the game screen: a goal, and the round started at its first card. */
export async function startGame(page, t = UI.nl) {
  await page.getByLabel(t.goal).fill(t.lang === 'nl' ? 'Meer inwoners online helpen' : 'Help more residents online');
  await page.getByRole('button', { name: t.startGame }).click();
  await page.locator('.game__progress').waitFor();
}

/** Puts the first card of the round on "meer doen", and waits for the second. */
export async function firstCardToMore(page, t = UI.nl) {
  await page.getByRole('button', { name: t.doMore }).click();
  await page.locator('.game__progress').getByText(t.card2).waitFor();
}

/** Puts every card of the round on "meer doen", up to the step that picks from it. */
export async function sortAllToMore(page, t = UI.nl) {
  const pick = page.getByRole('heading', { name: t.pick });
  while ((await pick.count()) === 0) await page.getByRole('button', { name: t.doMore }).click();
}

/** A colleague's export file (format 3, under their name) with one answer. */
export function colleagueFile(who, value) {
  const assessment = { id: `z-${who.toLowerCase()}`, name: 'Mijn zelfevaluatie', created: 1, answers: { 'eigenaarschap.b5': { updated: 2, answer: value } } };
  return exportFile([assessment], { name: `${who}.json`, version: 3, extra: { participant: who } });
}

/**
 * On the team screen: a new overview with two colleagues who differ (so the agenda has
 * an item), and `extra` files added with them. Waits until the agenda shows.
 */
export async function teamWithTwo(page, t = UI.nl, extra = []) {
  await page.getByLabel(t.newOverview).fill('Team KCC');
  await page.getByRole('button', { name: t.makeOverview }).click();
  await page.getByLabel(t.addFiles).setInputFiles([colleagueFile('Anna', 'ja'), colleagueFile('Bas', 'nee'), ...extra]);
  await page.getByRole('region', { name: t.agenda }).getByRole('listitem').first().waitFor();
}

/** A file that is no export: it cannot be read as JSON. */
export const BROKEN_FILE = { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{ "dit is": geen json') };

/** On the export-and-import screen: chooses a file that cannot be read, and waits for the error. */
export async function importBroken(page, t = UI.nl) {
  await importField(page, t).setInputFiles(BROKEN_FILE);
  await page.locator('.import__error .notice').waitFor();
}

/** Opens the filter panel whether it starts open (wide screens) or folded (phones). */
export async function openFilters(page) {
  const details = page.locator('.facets details');
  if (!(await details.evaluate((d) => d.open))) await page.locator('.facets summary').click();
  await page.locator('.facets fieldset').first().waitFor();
}

/** Opens `view` in `page` (app at `baseUrl`) and brings it into its state. */
export async function showView(page, baseUrl, view) {
  await gotoApp(page, baseUrl + view.hash);
  if (view.prepare) await view.prepare(page);
}

/** Waits until the service worker controls the page: from then on it works offline. */
export async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
}

/**
 * The browser (and, unless `serve: false`, a server for the build) that a test file
 * shares, started before its tests and stopped after them. With `copy: true` the server
 * serves a throw-away copy of the build instead, which `prepareCopy(dir)` may change
 * first and the tests may change further (as `env.build.dir`).
 */
export function useBrowser({ serve = true, copy = false, prepareCopy } = {}) {
  const env = {};
  before(async () => {
    env.browser = await launch();
    if (copy) {
      env.build = copyDist();
      await prepareCopy?.(env.build.dir);
    }
    if (serve) env.server = await startServer({ dir: env.build?.dir ?? DIST });
  });
  after(async () => {
    await env.server?.close();
    env.build?.remove();
    await env.browser?.close();
  });
  return env;
}

/** A throw-away copy of dist/ (or `from`), removed by the returned `remove()`. */
export function copyDist(from = DIST) {
  const dir = mkdtempSync(join(tmpdir(), 'digiwijzer-'));
  cpSync(from, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Re-runs the post-build step on a finished build, as a deployer would. */
export async function postbuild(dir, env = {}) {
  const { stdout } = await run('node', [join(ROOT, 'scripts/postbuild.mjs'), dir], { env: { ...process.env, ...env } });
  return stdout;
}

/** The `VERSION` a built sw.js carries. */
export function workerVersion(dir) {
  const match = /const VERSION = "([0-9a-f]+)"/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'));
  assert.ok(match, 'sw.js in the build has no version');
  return match[1];
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (every rule but the experimental ones) on the page and returns the
 * violations as readable lines. Evaluated through the DevTools protocol, so the page's
 * strict CSP stays on and nothing about the page changes.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`),
    }));
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`);
}

/** The rendered DOM as a document the HTML checker can read. */
export function renderedHtml(page) {
  return page.evaluate(() => '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
}

/**
 * Checks documents with the Nu HTML Checker (vnu-jar, one JVM for all of them).
 * `docs` maps a name to HTML; returns `{ name: [error lines] }`.
 */
export async function vnuErrors(docs) {
  const dir = mkdtempSync(join(tmpdir(), 'digiwijzer-vnu-'));
  const files = Object.entries(docs).map(([name, html], i) => {
    const file = join(dir, `view-${i}.html`);
    writeFileSync(file, html);
    return [file, name];
  });
  const names = new Map(files.map(([file, name]) => [`file:${file}`, name]));
  const jar = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
  let output;
  try {
    // vnu exits non-zero when it finds errors; the JSON report is on stderr either way.
    const { stderr } = await run('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files.map(([f]) => f)], { maxBuffer: 1 << 24 });
    output = stderr;
  } catch (err) {
    if (!err.stderr) throw err;
    output = err.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const report = {};
  for (const name of Object.keys(docs)) report[name] = [];
  for (const m of JSON.parse(output).messages) {
    const name = names.get(m.url) ?? m.url;
    (report[name] ??= []).push(`line ${m.lastLine}: ${m.message} [${(m.extract ?? '').trim().slice(0, 120)}]`);
  }
  return report;
}
