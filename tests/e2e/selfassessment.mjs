// Shared steps for the self-assessment tests (assessment, nothing-lost, faults, and the
// self-assessment views of support.mjs): opening the checklist, answering by label,
// reading what is stored, downloading the export file, building import files, and
// filling the browser's storage to its quota. Every wait goes through these helpers, and
// the steps that look for a label take the interface's labels (`UI.nl`, `UI.en`).
import { readFile } from 'node:fs/promises';
import { gotoApp, mainHeading } from './harness.mjs';
import { assertMatchesSchema } from '../schema/export-schema.mjs';

export const KEY = 'digiwijzer.zelfevaluatie';

/**
 * What the shared steps look for on screen, per interface language, so one step serves
 * the Dutch pages and the English ones. Dutch is the default.
 */
export const UI = {
  nl: {
    lang: 'nl',
    tips: '',
    assessment: 'zelfevaluatie.html',
    no: 'Nee',
    yes: 'Ja',
    nvt: 'N.v.t.',
    answered: (n) => `\\b${n} van \\d+ stellingen`,
    nav: 'Zelfevaluatie',
    results: 'Resultaten',
    backToResults: 'Terug naar uw zoekresultaten',
    snapshot: 'Stand van vandaag bewaren',
    ambition: 'Uw ambitie per onderwerp',
    compareWith: 'Vergelijk met',
    addAction: 'Actie toevoegen',
    oneAction: '1 actie',
    twoActionsOneLate: '2 acties · 1 te laat',
    actionWhat: 'Wat gaan we doen?',
    actionDue: 'Uiterlijk klaar op',
    goal: 'Doel van dit spel',
    startGame: 'Spel beginnen',
    doMore: /Meer doen/,
    card2: /^Kaart 2 van/,
    pick: 'Kies uit ‘Meer doen’',
    finishGame: /^Spel afronden/,
    gamesPlayed: 'Gespeelde spellen',
    newOverview: /^Naam van een nieuw teamoverzicht/,
    makeOverview: 'Teamoverzicht maken',
    addFiles: /^Exportbestanden van collega’s toevoegen/,
    agenda: 'Agenda: hier verschilt het team het meest',
    allStatements: /^Toon alle stellingen/,
    anonymous: /^Anoniem/,
    importFile: 'Kies een exportbestand van Digiwijzer (.json)',
    importPlan: 'Wat staat er in het bestand?',
    importAsNew: /als nieuwe zelfevaluatie/,
    importMerge: /Samenvoegen met een bestaande/,
    importConfirm: 'Importeren',
    retired: 'Vervallen stellingen',
    backups: 'Apart bewaarde gegevens',
    rename: /^Naam wijzigen/,
    delete: /^Verwijderen/,
    purge: /^Definitief verwijderen/,
    purgeConfirm: 'Ja, definitief verwijderen',
    startOver: 'Hier opnieuw beginnen',
    downloadExport: /Exportbestand downloaden/,
    agreedAnswer: 'Het antwoord van het team',
    makeConsensus: 'Teamantwoorden bewaren als nieuwe zelfevaluatie',
    toResults: 'Naar de resultaten',
    deleteAction: /^Actie verwijderen/,
  },
  en: {
    lang: 'en',
    tips: 'english.html',
    assessment: 'self-assessment.html',
    no: 'No',
    yes: 'Yes',
    nvt: 'N/A',
    answered: (n) => `\\b${n} of \\d+ statements answered`,
    nav: 'Self-assessment',
    results: 'Results',
    backToResults: 'Back to your search results',
    snapshot: 'Take a snapshot',
    ambition: 'Your ambition per topic',
    compareWith: 'Compare with',
    addAction: 'Add action',
    oneAction: '1 action',
    twoActionsOneLate: '2 actions · 1 overdue',
    actionWhat: 'What will we do?',
    actionDue: 'Due date',
    goal: 'Goal of this game',
    startGame: 'Start the game',
    doMore: /Do more/,
    card2: /^Card 2 of/,
    pick: 'Choose from ‘Do more’',
    finishGame: /^Finish the game/,
    gamesPlayed: 'Games played',
    newOverview: /^Name of a new team overview/,
    makeOverview: 'Make team overview',
    addFiles: /^Add colleagues’ export files/,
    agenda: 'Agenda: where the team differs most',
    allStatements: /^Show all statements/,
    anonymous: /^Anonymous/,
    importFile: 'Choose a Digiwijzer export file (.json)',
    importPlan: 'What is in the file?',
    importAsNew: /as a new self-assessment/,
    importMerge: /Merge with an existing/,
    importConfirm: 'Import',
    retired: 'Retired statements',
    backups: 'Data stored separately',
    rename: /^Rename/,
    delete: /^Delete/,
    purge: /^Delete for good/,
    purgeConfirm: 'Yes, delete for good',
    startOver: 'Start again here',
    downloadExport: /Download export file/,
    agreedAnswer: 'The team’s answer',
    makeConsensus: 'Save the team’s answers as a new self-assessment',
    toResults: 'Go to the results',
    deleteAction: /^Delete action/,
  },
};
export const BACKUP_PREFIX = 'digiwijzer.zelfevaluatie.backup.';
/** Statement ids of the first checklist statements, in checklist order. */
export const B1 = 'eigenaarschap.b5';
export const B2 = 'eigenaarschap.b3';

/** The n-th statement of the checklist (a fieldset whose legend is the statement). */
export const statement = (page, n) => page.locator('fieldset.statement').nth(n);
/** The radio button `label` ("Ja", "Nee", "Deels", "N.v.t.") of statement n. */
export const answer = (page, n, label) => statement(page, n).getByLabel(label, { exact: true });

/** The stored state (parsed), or null. */
export const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
/** The stored value exactly as it is. */
export const storedRaw = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);
/** The active assessment in a stored state. */
export const activeOf = (state) => state?.assessments.find((a) => a.id === state.active);
/** Every backup key with its value. */
export const backups = (page) =>
  page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).sort().map((k) => [k, localStorage.getItem(k)]), BACKUP_PREFIX);

/** Opens the self-assessment page at `sub` ('' for the checklist) and waits for it. */
export async function openAssessment(page, baseUrl, sub = '') {
  await gotoApp(page, `${baseUrl}#/zelfevaluatie${sub}`);
  if (sub === '') await page.locator('fieldset.statement').first().waitFor();
}

/** Moves to another self-assessment screen by its link in the sub-navigation. */
export async function goToScreen(page, linkName) {
  await page.getByRole('navigation', { name: 'Zelfevaluatie' }).getByRole('link', { name: linkName, exact: true }).click();
  await mainHeading(page).waitFor();
  if (linkName === 'Invullen') await page.locator('fieldset.statement').first().waitFor();
}

/** Waits until the polite live region says `text` (e.g. "Opgeslagen"). */
export function announced(page, text) {
  return page.waitForFunction((t) => [...document.querySelectorAll('[role=status][aria-live=polite]')].some((e) => e.textContent === t), text);
}

/** Waits until the overall progress says `n` statements are answered ("n van … stellingen"). */
export function answered(page, n, t = UI.nl) {
  return page.waitForFunction((source) => new RegExp(source).test(document.querySelector('.overall__text')?.textContent ?? ''), t.answered(n));
}

/**
 * How many statements the checklist asks in all dimensions together (it shows one
 * dimension at a time), as its progress says: "… van 94 stellingen".
 */
export async function statementCount(page) {
  const match = /\bvan (\d+) stellingen/.exec(await page.locator('.overall__text').textContent());
  if (!match) throw new Error('the checklist progress names no number of statements');
  return Number(match[1]);
}

/** The file field of the import screen, by its label. */
export const importField = (page, t = UI.nl) => page.getByLabel(t.importFile, { exact: true });
/** The import plan shown once a readable file is chosen, by its heading. */
export const importPlan = (page, t = UI.nl) => page.getByRole('region', { name: t.importPlan });

/**
 * Downloads the export file with the "Exportbestand downloaden" button and checks it
 * against the published JSON Schema of the format, so every file these tests export
 * from the app is held to what FORMAT.md promises. Returns the download and its path.
 */
export async function downloadExport(page, t = UI.nl) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.downloadExport }).click()]);
  const file = await download.path();
  assertMatchesSchema(await readFile(file, 'utf8'), `the downloaded ${download.suggestedFilename()}`);
  return { download, file };
}

/** The checklist's list of dimensions: one link per dimension, each opening its page. */
export const dimensionIndex = (page) => page.getByRole('navigation', { name: 'Onderwerpen' });

/**
 * Shows dimension `name` on the checklist (one dimension at a time) by its link in the
 * list of dimensions, and waits until its heading has the focus.
 */
export async function openDimension(page, name) {
  await dimensionIndex(page).getByRole('link', { name, exact: true }).click();
  await page.waitForFunction((n) => document.activeElement?.matches('.dimension h2') && document.activeElement.textContent.trim() === n, name);
}

/** Calls `fn(name)` with each dimension of the checklist shown in turn, in model order. */
export async function eachDimension(page, fn) {
  const names = await dimensionIndex(page).getByRole('link').allInnerTexts();
  for (const name of names) {
    await openDimension(page, name.trim());
    await fn(name.trim());
  }
  return names.length;
}

/**
 * Reads CSV as Dutch Excel does on a double-click: checks the UTF-8 byte order mark, then
 * splits cells on `;` with RFC 4180 quotes and CRLF rows. Strict where a spreadsheet would
 * guess (a bare quote, a lone line feed), so a test fails before a column shifts.
 */
export function readCsv(bytes) {
  if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) throw new Error('no UTF-8 byte order mark for Excel');
  const text = bytes.subarray(3).toString('utf8');
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ';') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else if (c === '"' || c === '\n' || c === '\r') throw new Error(`a bare ${JSON.stringify(c)} outside quotes at ${i}`);
    else cell += c;
  }
  if (quoted || cell !== '' || row.length) throw new Error('the last row does not end in CRLF');
  return rows;
}

/** Clicks the download button `name` and returns the file's suggested name and bytes. */
export async function downloadBytes(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Opens the note and link fields of statement n and fills in what is given. */
export async function writeNoteAndLink(page, n, { note, link } = {}) {
  const field = statement(page, n);
  const details = field.locator('details.statement__extra');
  if (!(await details.evaluate((d) => d.open))) await field.getByText('Notitie of bewijs toevoegen').click();
  if (note !== undefined) {
    await field.getByLabel('Notitie').fill(note);
    await field.getByLabel('Notitie').blur();
  }
  if (link !== undefined) {
    await field.getByLabel('Link naar bewijs').fill(link);
    await field.getByLabel('Link naar bewijs').blur();
  }
}

/** An export file (format 2) holding `assessments`, ready for `setInputFiles`. */
export function exportFile(assessments, { name = 'collega.json', version = 2, extra = {} } = {}) {
  const body = { format: 'digiwijzer-zelfevaluatie', version, exported: Date.now(), ...extra, assessments };
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) };
}

/**
 * Chooses `file` on the import screen and carries out `choice` ('nieuw' or 'samenvoegen'),
 * leaving the merge target as offered. Returns the text of the plan as it was shown.
 */
export async function importFile(page, file, choice, t = UI.nl) {
  await importField(page, t).setInputFiles(file);
  const plan = importPlan(page, t);
  await plan.waitFor();
  await page.getByLabel(choice === 'nieuw' ? t.importAsNew : t.importMerge).check();
  const shown = await plan.innerText();
  await page.getByRole('button', { name: t.importConfirm, exact: true }).click();
  await plan.waitFor({ state: 'detached' });
  return shown;
}

/**
 * Fills localStorage up to its quota with filler keys (`vol.<n>`), so the next write
 * that needs more room fails. Returns the number of filler keys.
 */
export function fillStorage(page) {
  return page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`vol.${n}`, chunk);
          n++;
        } catch {
          break;
        }
      }
    }
    return n;
  });
}

/** An init script (see `withContext`): localStorage throws on every access, as when the
 * browser blocks site data. */
export function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    get: () => {
      throw new DOMException('denied', 'SecurityError');
    },
  });
}

/** Removes what `fillStorage` wrote. */
export function freeStorage(page) {
  return page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('vol.')) localStorage.removeItem(key);
  });
}

export { withContext } from './harness.mjs';
