// Fault injection for the self-assessment's storage: the same scripted user run under
// each way localStorage can let the app down. The run answers two statements, writes a
// note and an evidence link, sets an ambition, adds an action to the plan, imports a
// file as a new assessment and merges a second file into it. Every item the user made (assessment, statement, field, last value) is
// recorded; afterwards each one must be in localStorage (read with the fault switched
// off) or the page must have shown a refusal the user can see: `.not-kept`, the
// `.unreadable` warning for newer data, or for an import the `.import__error` alert
// that says it is not stored. "Opgeslagen" (or an import's success message) for an item
// that was not in storage at that moment always fails. Every item must also still be
// on screen in the tab that made it: refused is not the same as thrown away.
//
// The cases and what each asserts are listed in the README, section "Reliability".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectClean } from './harness.mjs';
import { useBrowser } from './support.mjs';
import { KEY, BACKUP_PREFIX, B1, statement, answer, openAssessment, goToScreen, writeNoteAndLink, exportFile, importFile, withContext, backups } from './selfassessment.mjs';

const env = useBrowser();

const SAVED = 'Opgeslagen';
const NOT_KEPT = 'Uw antwoorden worden niet bewaard.';
const NEWER_NOTHING_SAVED = 'slaat deze versie niets op';
const IMPORT_NOT_STORED = /kon het niet opslaan|wordt niet bewaard/;
const COLLEAGUE = { id: 'fouten-collega', name: 'Collega (fouten)' };
const FUTURE = '{"version":99,"assessments":"from the future"}';
const HOUR = 3600_000;
const VALUES = { Ja: 'ja', Nee: 'nee', Deels: 'deels', 'N.v.t.': 'nvt' };

/**
 * Runs in every page before the app: the fault (all of them stop while
 * `window.__faultsOff` is true, so the test can read the real storage), and a record of
 * everything the polite live region says, so a step can wait for its own announcement
 * even when it is the same text as the one before.
 */
function installFault({ fault, key, writesAllowed }) {
  window.__faultsOff = false;
  window.__said = [];
  let last = '';
  new MutationObserver(() => {
    const text = document.querySelector('[role=status][aria-live=polite]')?.textContent ?? '';
    if (text !== last && (last = text)) window.__said.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
  if (fault === 'blocked') {
    const real = window.localStorage;
    Object.defineProperty(window, 'localStorage', {
      get() {
        if (window.__faultsOff) return real;
        throw new DOMException('denied', 'SecurityError');
      },
    });
  }
  if (fault === 'read-only' || fault === 'fills-up') {
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (k, v) {
      const full = fault === 'read-only' || (k === key && ++writes > writesAllowed);
      if (full && !window.__faultsOff) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
  }
  if (fault === 'clock') {
    const now = Date.now;
    window.__clockOffset = 0;
    Date.now = () => now.call(Date) + window.__clockOffset;
  }
}

/** The stored value, read past the fault. */
const readRaw = (page) =>
  page.evaluate((key) => {
    const was = window.__faultsOff;
    window.__faultsOff = true;
    try {
      return localStorage.getItem(key);
    } finally {
      window.__faultsOff = was;
    }
  }, KEY);
const parse = (raw) => {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
};

/** Whether `state` (parsed storage) holds `item`, in a live assessment of that name. */
function holds(state, item) {
  const list = Array.isArray(state?.assessments) ? state.assessments : [];
  const a = list.find((x) => x.name === item.where && !(x.purged || (x.deleted ?? -1) >= (x.restored ?? 0)));
  if (!a) return false;
  if (item.field === 'assessment') return true;
  if (item.field === 'ambition') return a.ambitions?.[item.dimension]?.level === item.value;
  if (item.field === 'action') return Object.values(a.actions ?? {}).some((x) => x.what === item.value && (x.deleted ?? -1) < (x.restored ?? 0));
  return a.answers?.[item.statement]?.[item.field] === item.value;
}
const describe = (i) =>
  i.field === 'assessment' ? `assessment '${i.where}'` : `'${i.where}' ${i.statement ?? i.dimension ?? ''} ${i.field} = ${JSON.stringify(i.value)}`;

/** The refusal the user can see right now, or null. */
async function refusalShown(page) {
  const shown = (css, text) => page.locator(css).filter({ hasText: text }).first().isVisible();
  if (await shown('.not-kept', NOT_KEPT)) return 'not-kept';
  if (await shown('.unreadable', NEWER_NOTHING_SAVED)) return 'newer';
  if (await shown('.import__error', IMPORT_NOT_STORED)) return 'import refused';
  return null;
}

/**
 * One user's session in `page`: each step does what a user does, waits for the page's
 * own answer, and records the items it made with what the page said at that moment.
 */
function session(page) {
  const made = new Map(); // "where|statement|field" → the latest item: a later change replaces it
  const said = () => page.evaluate(() => window.__said.length);
  /** What the live region said first after its `from`-th announcement, once it has. */
  const saidAfter = async (from) => {
    await page.waitForFunction((n) => window.__said.length > n, from);
    return page.evaluate((n) => window.__said[n], from);
  };
  const record = async (items, claimed) => {
    const refused = await refusalShown(page);
    const storedThen = parse(await readRaw(page));
    items.forEach((item, i) => {
      made.set(`${item.where}|${item.statement ?? item.dimension ?? item.value}|${item.field}`, { ...item, refused, claimed: claimed[i], storedThen: holds(storedThen, item), after: s.after });
    });
  };
  const current = () => page.locator('.assessment-current strong').innerText();
  const idOf = async (n) => (await statement(page, n).getAttribute('id')).replace('stelling-', '');
  const s = {
    made,
    after: false, // set once the fault under test has struck (newer data)
    async answer(n, label) {
      const from = await said();
      await answer(page, n, label).check();
      const text = await saidAfter(from);
      // N.v.t. without a reason is saved too, and asks for the reason in the same message.
      await record([{ where: await current(), n, statement: await idOf(n), field: 'answer', value: VALUES[label], label }], [text === SAVED || text.startsWith(`${SAVED}. `)]);
    },
    /** The note and/or the link of statement n, one at a time: each waits for its own announcement. */
    async write(n, fields) {
      for (const [field, key] of [['note', 'note'], ['evidence', 'link']]) {
        if (fields[key] === undefined) continue;
        const from = await said();
        await writeNoteAndLink(page, n, { [key]: fields[key] });
        const text = await saidAfter(from);
        await record([{ where: await current(), n, statement: await idOf(n), field, value: fields[key] }], [text === SAVED]);
      }
    },
    /** The ambition for a dimension, on the results screen: `label` is the option's. */
    async ambition(dimension, name, level, label) {
      await goToScreen(page, 'Resultaten');
      const from = await said();
      await page.getByRole('combobox', { name, exact: true }).selectOption({ label });
      const text = await saidAfter(from);
      await record([{ where: await current(), dimension, name, field: 'ambition', value: level, label }], [text === SAVED]);
    },
    /** A new action in the plan, by what it is and who does it. */
    async action(what, who) {
      await goToScreen(page, 'Actieplan');
      const form = page.getByRole('region', { name: 'Nieuwe actie' });
      await form.getByLabel('Wat gaan we doen?').fill(what);
      await form.getByLabel('Wie doet het?').fill(who);
      const from = await said();
      await form.getByRole('button', { name: 'Actie toevoegen' }).click();
      const text = await saidAfter(from);
      await record([{ where: await current(), field: 'action', value: what }], [text === 'Actie toegevoegd']);
    },
    async import(file, choice, items) {
      await importFile(page, file, choice);
      await page.locator('.import__done:not(:empty), .import__error .notice').first().waitFor();
      const claimed = (await page.locator('.import__done').innerText()).trim() !== '';
      await record(items, items.map(() => claimed));
    },
  };
  return s;
}

/** The scripted run; `midway` (after the note and link) is where a test strikes. */
async function userRun(page, s, { midway } = {}) {
  await s.answer(0, 'Ja');
  await s.answer(1, 'Deels');
  await s.write(1, { note: 'Alleen in de directie.', link: 'https://gemeente.example/besluit' });
  const third = (await statement(page, 2).getAttribute('id')).replace('stelling-', '');
  await midway?.();
  await s.ambition('strategie', 'Digitale strategie', 2, 'Ontwikkelend (2)');
  await s.action('Het bestuur vragen de strategie vast te stellen', 'Directeur Dienstverlening');
  await goToScreen(page, 'Exporteren en importeren');
  const t = Date.now();
  const theirs = { ...COLLEAGUE, created: t, renamed: t, answers: { [B1]: { updated: t, answer: 'ja' } } };
  await s.import(exportFile([theirs]), 'nieuw', [
    { where: COLLEAGUE.name, field: 'assessment' },
    { where: COLLEAGUE.name, n: 0, statement: B1, field: 'answer', value: 'ja', label: 'Ja' },
  ]);
  // Same id as the assessment just imported (and opened): merged into it, as offered.
  const more = { ...theirs, answers: { [third]: { updated: t + 1, answer: 'nee', note: 'Uit het bestand.', note_updated: t + 1 } } };
  await s.import(exportFile([more], { name: 'collega-later.json' }), 'samenvoegen', [
    { where: COLLEAGUE.name, n: 2, statement: third, field: 'answer', value: 'nee', label: 'Nee' },
    { where: COLLEAGUE.name, n: 2, statement: third, field: 'note', value: 'Uit het bestand.' },
  ]);
}

/** What is wrong with the stored state against what the user made (empty: nothing). */
function storageProblems(made, raw, { finalRefusal = null, mustStore = false } = {}) {
  const state = parse(raw);
  const out = [];
  for (const item of made.values()) {
    if (item.claimed && !item.storedThen) out.push(`${describe(item)}: the page said it was saved, but it was not in storage`);
    if (holds(state, item)) continue;
    if (mustStore) out.push(`${describe(item)}: not in storage after the run`);
    else if (!item.refused && !finalRefusal) out.push(`${describe(item)}: silently missing from storage (no refusal was shown)`);
  }
  return out;
}

/** Opens each assessment the user worked in and checks every item is on screen. */
async function screenProblems(page, made) {
  const out = [];
  const names = [...new Set([...made.values()].map((i) => i.where))];
  for (const name of names) {
    await goToScreen(page, 'Mijn zelfevaluaties');
    await page.locator('.assessment-item').first().waitFor();
    const item = page.locator('.assessment-item').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }) });
    if ((await item.count()) === 0) {
      out.push(`assessment '${name}' is gone from this tab too`);
      continue;
    }
    const open = item.getByRole('button', { name: /^Openen/ });
    if (await open.count()) {
      await open.click();
      await statement(page, 0).waitFor();
    } else await goToScreen(page, 'Invullen');
    const mine = [...made.values()].filter((x) => x.where === name);
    for (const i of mine.filter((x) => !['assessment', 'ambition', 'action'].includes(x.field))) {
      const shown = i.field === 'answer'
        ? await answer(page, i.n, i.label).isChecked()
        : (await statement(page, i.n).getByLabel(i.field === 'note' ? 'Notitie' : 'Link naar bewijs').inputValue()) === i.value;
      if (!shown) out.push(`${describe(i)}: not shown in this tab`);
    }
    const ambitions = mine.filter((x) => x.field === 'ambition');
    if (ambitions.length) await goToScreen(page, 'Resultaten');
    for (const i of ambitions) {
      if ((await page.getByRole('combobox', { name: i.name, exact: true }).inputValue()) !== String(i.value)) out.push(`${describe(i)}: not shown in this tab`);
    }
    const actions = mine.filter((x) => x.field === 'action');
    if (actions.length) await goToScreen(page, 'Actieplan');
    for (const i of actions) {
      // The plan's list follows its heading by a frame: wait for the action, not just count.
      const shown = await page.locator('.plan__list > li').getByRole('heading', { name: i.value }).waitFor({ timeout: 5000 }).then(() => true, () => false);
      if (!shown) out.push(`${describe(i)}: not shown in this tab`);
    }
  }
  return out;
}

/** A context with `fault`, the checklist open in one page; `fn({page, s, newPage, url})`. */
function withFault(fault, fn) {
  return withContext(env.browser, async ({ newPage }) => {
    const page = await newPage();
    await openAssessment(page, env.server.url);
    return fn({ page, s: session(page), newPage, url: env.server.url });
  }, { init: installFault, initArg: { fault, key: KEY, writesAllowed: 3 } });
}

/**
 * "Another tab": a second page of the same origin that does not run the app, so only
 * the tab under test reacts to what it does. The user's tab is brought back to the
 * front, as a background tab is throttled (steps then take seconds each).
 */
async function otherTab(newPage, url, page) {
  const other = await newPage();
  await other.goto(new URL('manifest.webmanifest', url).href);
  await page.bringToFront();
  return other;
}

// Storage that keeps nothing from the start, for two reasons: a warning at once, nothing
// claimed saved, and all work kept in memory.
for (const [name, fault] of [
  ['localStorage that throws on every access', 'blocked'],
  ['localStorage that throws on every write (quota exceeded)', 'read-only'],
]) {
  test(name, () =>
    withFault(fault, async ({ page, s }) => {
      assert.ok(await page.locator('.not-kept').filter({ hasText: NOT_KEPT }).isVisible(), 'warned from the start');
      await userRun(page, s);
      assert.deepEqual(storageProblems(s.made, await readRaw(page)), []);
      assert.deepEqual([...s.made.values()].filter((i) => i.claimed).map(describe), [], 'nothing claimed saved');
      assert.equal(await readRaw(page), null);
      assert.deepEqual(await screenProblems(page, s.made), [], 'the app still works in memory');
      expectClean(page);
    }));
}

test('localStorage that fills up after three writes', () =>
  withFault('fills-up', async ({ page, s }) => {
    await userRun(page, s);
    assert.deepEqual(storageProblems(s.made, await readRaw(page)), []);
    const refused = [...s.made.values()].filter((i) => i.refused).map(describe);
    assert.ok(refused.length > 0, 'the fault struck during the run');
    // Space is back: the very next change writes everything and the warning goes.
    await page.evaluate(() => (window.__faultsOff = true));
    await goToScreen(page, 'Invullen');
    await s.answer(3, 'N.v.t.');
    await page.locator('.not-kept').waitFor({ state: 'hidden' });
    assert.deepEqual(storageProblems(s.made, await readRaw(page), { mustStore: true }), []);
    assert.equal([...s.made.values()].at(-1).claimed, true, 'the change after the fault is announced as saved');
    assert.deepEqual(await screenProblems(page, s.made), []);
    expectClean(page);
  }));

test('localStorage cleared by another tab', () =>
  withFault('none', async ({ page, s, newPage, url }) => {
    const other = await otherTab(newPage, url, page);
    // Nothing on screen marks the write-back, so wait for the value itself.
    const clearAndWaitForWriteBack = async () => {
      await other.evaluate(() => localStorage.clear());
      await other.waitForFunction((key) => localStorage.getItem(key) !== null, KEY, { timeout: 5000 });
    };
    await userRun(page, s, { midway: clearAndWaitForWriteBack });
    await clearAndWaitForWriteBack(); // and once more at the end, when no later change could mask it
    assert.deepEqual(storageProblems(s.made, await readRaw(page), { mustStore: true }), []);
    assert.deepEqual([...s.made.values()].filter((i) => i.refused).map(describe), [], 'no refusal was needed');
    assert.deepEqual(await screenProblems(page, s.made), []);
    expectClean(page);
  }));

test('another tab writes data of a newer version', () =>
  withFault('none', async ({ page, s, newPage, url }) => {
    const other = await otherTab(newPage, url, page);
    await userRun(page, s, {
      midway: async () => {
        await other.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, FUTURE]);
        await page.locator('.unreadable').filter({ hasText: NEWER_NOTHING_SAVED }).waitFor();
        s.after = true;
      },
    });
    // Opening each assessment again is one more change this tab must not write.
    assert.deepEqual(await screenProblems(page, s.made), []);
    const warned = await page.locator('.unreadable').filter({ hasText: NEWER_NOTHING_SAVED }).isVisible();
    assert.ok(warned, 'the newer-version warning is still shown at the end');
    const raw = await readRaw(page);
    const backedUp = (await backups(page)).some(([k, v]) => k.startsWith(BACKUP_PREFIX) && v === FUTURE);
    assert.ok(raw === FUTURE || (backedUp && warned), `the newer data was overwritten: ${raw?.slice(0, 120)}`);
    assert.deepEqual(storageProblems(s.made, raw, { finalRefusal: warned ? 'newer' : null }), []);
    const after = [...s.made.values()].filter((i) => i.after);
    assert.equal(after.length, 6, 'the ambition, the action and the imported and merged items came after the newer data');
    assert.deepEqual(after.filter((i) => !i.refused || i.claimed).map(describe), [], 'refused visibly, never "Opgeslagen"');
    expectClean(page);
  }));

test('a clock that jumps forward and back', () =>
  withFault('clock', async ({ page, s, newPage, url }) => {
    await page.evaluate((ms) => (window.__clockOffset = ms), 2 * HOUR);
    await userRun(page, s, {
      midway: async () => {
        await page.evaluate((ms) => (window.__clockOffset = ms), -2 * HOUR);
        await s.answer(0, 'Nee');
        await s.write(1, { note: 'Toch ook in het college.', link: 'https://gemeente.example/besluit-2' });
      },
    });
    assert.deepEqual(storageProblems(s.made, await readRaw(page), { mustStore: true }), []);
    assert.deepEqual(await screenProblems(page, s.made), []);
    // A second tab loads what is stored and must show the same last choices.
    const second = await newPage();
    await openAssessment(second, url);
    assert.deepEqual(await screenProblems(second, s.made), [], 'the second tab');
    expectClean(page);
    expectClean(second);
  }));
