// End to end: the two CSV files the app writes (the answers, from "Exporteren en
// importeren", and the action plan) are downloaded from the release build and read as
// Dutch Excel reads a double-clicked file: a UTF-8 byte order mark, cells split on `;`,
// quoted cells whole, and nothing a user typed run as a formula.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectClean, withPage } from './harness.mjs';
import { useBrowser } from './support.mjs';
import { B1, answer, announced, openAssessment, goToScreen, writeNoteAndLink, readCsv, downloadBytes } from './selfassessment.mjs';

const env = useBrowser();

/** A note with everything that breaks a naive CSV: a formula start, `;`, `,`, quotes and a line break. */
const NOTE = '=HYPERLINK("https://example.invalid";"klik"); met de wethouder, "nog" niet\nvastgelegd';

/** Dutch Excel would read `1.5` as a date or text; a number must be written `1,5`. */
const pointDecimal = /^-?\d+\.\d+$/;

test('the answers CSV opens in columns in Dutch Excel: BOM, semicolons, quotes, no formulas', async () => {
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url);
    await answer(page, 0, 'Deels').check();
    await writeNoteAndLink(page, 0, { note: NOTE });
    await announced(page, 'Opgeslagen');
    await goToScreen(page, 'Exporteren en importeren');
    await page.getByText('Het CSV-bestand is gemaakt voor Excel met Nederlandse instellingen').waitFor();
    const { name, bytes } = await downloadBytes(page, 'Antwoorden downloaden voor een spreadsheet (CSV)');
    assert.match(name, /\.csv$/);
    const rows = readCsv(bytes);
    assert.deepEqual(rows[0], ['zelfevaluatie', 'dimensie', 'niveau', 'stelling_id', 'stelling', 'antwoord', 'toelichting', 'bewijs']);
    assert.ok(rows.length > 20, `${rows.length} rows: one per statement`);
    for (const row of rows) assert.equal(row.length, 8, `every row has eight cells: ${row.join(' | ')}`);
    const mine = rows.find((r) => r[3] === B1);
    assert.equal(mine[5], 'deels');
    assert.equal(mine[6], `'${NOTE}`, 'the note whole, in one cell, with an apostrophe so it is no formula');
    assert.ok(rows.flat().every((cell) => !/^[=+\-@]/.test(cell)), 'no cell starts like a formula');
    assert.ok(rows.flat().every((cell) => !pointDecimal.test(cell)), 'no number with a decimal point');
    assert.ok(rows.some((r) => /[ëé]/.test(r[4])), 'the diacritics read back as written');
    expectClean(page);
  });
});

test('the action plan CSV opens in columns in Dutch Excel too', async () => {
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url, `/actieplan/nieuw/stelling/${B1}`);
    const form = page.getByRole('region', { name: 'Nieuwe actie' });
    await form.getByLabel('Wat gaan we doen?').fill('+ Raadsbrief; "kort", met bijlage');
    await form.getByLabel('Wie doet het?').fill('@team KCC');
    await form.getByLabel('Uiterlijk klaar op').fill('2027-03-31');
    await form.getByRole('button', { name: 'Actie toevoegen' }).click();
    await announced(page, 'Actie toegevoegd');
    const { name, bytes } = await downloadBytes(page, 'Downloaden voor Excel (CSV)');
    assert.match(name, /\.csv$/);
    const rows = readCsv(bytes);
    assert.deepEqual(rows[0], ['wat', 'wie', 'uiterlijk', 'status', 'toelichting', 'onderwerp', 'stellingen', 'tips']);
    assert.equal(rows.length, 2);
    const [what, who, due, status, , , statements] = rows[1];
    assert.equal(what, `'+ Raadsbrief; "kort", met bijlage`);
    assert.equal(who, "'@team KCC");
    assert.equal(due, '2027-03-31', 'a date Excel reads as a date in any language');
    assert.equal(status, 'Gepland');
    assert.equal(statements, B1);
    assert.ok(rows.flat().every((cell) => !pointDecimal.test(cell)), 'no number with a decimal point');
    expectClean(page);
  });
});
