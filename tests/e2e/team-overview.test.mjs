// End to end: a team lead puts three colleagues' files, made by the app in three fresh
// browser profiles, side by side in a fourth: counts, levels, median, spread and the
// agenda are what the files say; a bad file is named and skipped; anonymous hides every
// name; a reload keeps the overview; the lead's own assessments do not change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { expectClean, withPage } from './harness.mjs';
import { useBrowser, axeViolations } from './support.mjs';
import { answer, statement, openAssessment, goToScreen, announced, downloadExport, stored, writeNoteAndLink } from './selfassessment.mjs';

const env = useBrowser();

/** A colleague in a fresh profile answers statements 0 and 1, and exports under their name. */
async function colleagueFile(who, first, second, note) {
  return withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url);
    await answer(page, 0, first).check();
    await answer(page, 1, second).check();
    await announced(page, 'Opgeslagen');
    if (note) await writeNoteAndLink(page, 0, { note });
    await goToScreen(page, 'Exporteren en importeren');
    await page.getByLabel(/^Uw naam \(mag leeg blijven\)/).fill(who);
    const { download, file } = await downloadExport(page);
    return { name: download.suggestedFilename(), mimeType: 'application/json', buffer: await readFile(file) };
  });
}

const number = (cell) => Number(cell.match(/^(\d+),(\d)/).slice(1).join('.'));

test('three colleagues side by side: counts, median, spread, agenda; a bad file skipped; anonymous; kept', async () => {
  // Statement 0: ja, nee, deels (everyone differs). Statement 1: all ja (agreement).
  const files = [await colleagueFile('Anna', 'Ja', 'Ja'), await colleagueFile('Bas', 'Nee', 'Ja', 'Het college beslist nog.'), await colleagueFile('Cem', 'Deels', 'Ja')];
  const bad = { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"digiwijzer-zelfevaluatie","version":3,') };
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url);
    const first = (await statement(page, 0).locator('legend').innerText()).trim();
    const second = (await statement(page, 1).locator('legend').innerText()).trim();
    // The lead's own answer, which the overview must leave alone.
    await answer(page, 0, 'Nee').check();
    await announced(page, 'Opgeslagen');
    const mine = await stored(page);
    await goToScreen(page, 'Team');
    await page.getByLabel(/^Naam van een nieuw teamoverzicht/).fill('Team KCC 2026');
    await page.getByRole('button', { name: 'Teamoverzicht maken' }).click();
    await page.getByRole('heading', { name: 'Teamoverzicht: Team KCC 2026' }).waitFor();
    await page.getByLabel(/^Exportbestanden van collega’s toevoegen/).setInputFiles([...files, bad]);
    const said = page.locator('.team__files');
    await said.getByText('kapot.json').waitFor();
    const lines = await said.getByRole('listitem').allInnerTexts();
    assert.deepEqual(lines.slice(0, 3).map((l) => l.replace(/^.*: toegevoegd: /, '')), ['Anna', 'Bas', 'Cem']);
    assert.match(lines[3], /^kapot\.json: niet toegevoegd\. .*onvolledig/);

    // The table: a column per colleague; the median and spread are those of their numbers.
    const table = page.getByRole('table');
    assert.deepEqual((await table.getByRole('columnheader').allInnerTexts()).slice(1, 4), ['Anna', 'Bas', 'Cem']);
    const cells = await table.getByRole('row').nth(1).getByRole('cell').allInnerTexts();
    const values = cells.slice(0, 3).map(number).sort((a, b) => a - b);
    assert.equal(number(cells[3]), values[1], 'the median is the middle one');
    assert.equal(number(cells[4]), Math.round((values[2] - values[0]) * 10) / 10, 'the spread is highest minus lowest');

    // The agenda: statement 0 (ja, nee, deels) is on it, statement 1 (all ja) is not.
    const agenda = page.getByRole('region', { name: 'Agenda: hier verschilt het team het meest' });
    const top = agenda.getByRole('listitem').first();
    assert.equal((await top.locator('.team__statement').innerText()).trim(), first);
    assert.equal(await top.locator('.team__tally').innerText(), 'ja 1 · deels 1 · nee 1 · n.v.t. 0 · geen antwoord 0');
    assert.equal(await agenda.getByText(second, { exact: true }).count(), 0);
    assert.equal(await top.locator('.team__remarks').innerText(), 'Bas: Het college beslist nog.', 'what a colleague wrote');
    assert.deepEqual(await axeViolations(page), []);

    // Adding the same file again doubles nobody.
    await page.getByLabel(/^Exportbestanden van collega’s toevoegen/).setInputFiles([files[0]]);
    await said.getByText(/stond er al in: Anna/).waitFor();
    assert.deepEqual((await table.getByRole('columnheader').allInnerTexts()).slice(1, 4), ['Anna', 'Bas', 'Cem']);

    // Anonymous: no name anywhere on screen or on paper.
    await page.getByLabel(/^Anoniem/).check();
    await announced(page, 'Opgeslagen');
    assert.deepEqual((await table.getByRole('columnheader').allInnerTexts()).slice(1, 4), ['Deelnemer 1', 'Deelnemer 2', 'Deelnemer 3']);
    // Adding a file while anonymous names neither the file (its name carries the sender) nor the people.
    await page.getByLabel(/^Exportbestanden van collega’s toevoegen/).setInputFiles([files[1]]);
    await said.getByText('Bestand 1: 1 stond(en) er al in').waitFor();
    const onScreen = await page.locator('main').innerText();
    for (const name of ['Anna', 'Bas', 'Cem']) assert.ok(!onScreen.includes(name), `${name} is not on screen`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('main').innerText();
    for (const name of ['Anna', 'Bas', 'Cem']) assert.ok(!printed.includes(name), `${name} is not printed`);
    await page.emulateMedia({ media: 'screen' });

    // Kept over a reload; the lead's own assessments are what they were.
    await page.reload();
    await page.getByRole('button', { name: 'Team KCC 2026 (3 deelnemers)' }).click();
    await page.getByRole('heading', { name: 'Teamoverzicht: Team KCC 2026' }).waitFor();
    assert.ok(await page.getByLabel(/^Anoniem/).isChecked());
    assert.deepEqual((await stored(page)).assessments, mine.assessments);

    // The team agrees on "deels" for the first item: that becomes a new assessment,
    // with the spread in its note, and opens like any other.
    const item = page.getByRole('region', { name: 'Agenda: hier verschilt het team het meest' }).getByRole('listitem').first();
    await item.getByRole('group', { name: 'Het antwoord van het team' }).getByLabel('Deels', { exact: true }).check();
    await announced(page, 'Opgeslagen');
    assert.ok(await item.getByLabel('Deels', { exact: true }).evaluate((el) => el === document.activeElement), 'the focus stays on the choice');
    // The statement everyone agrees on is not on the agenda, but the lead can walk all of them.
    await page.getByLabel(/^Toon alle stellingen/).check();
    const all = page.getByRole('region', { name: 'Alle stellingen: het antwoord van het team' }).getByRole('listitem');
    const agreedItem = all.filter({ has: page.getByText(second, { exact: true }) });
    assert.equal(await agreedItem.locator('.team__tally').innerText(), 'ja 3 · deels 0 · nee 0 · n.v.t. 0 · geen antwoord 0');
    assert.ok(await all.first().getByLabel('Deels', { exact: true }).isChecked(), 'the answer agreed on the agenda is kept');
    await agreedItem.getByRole('group', { name: 'Het antwoord van het team' }).getByLabel('Ja', { exact: true }).check();
    await announced(page, 'Opgeslagen');
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: 'Teamantwoorden bewaren als nieuwe zelfevaluatie' }).click();
    await page.getByText(/^‘Team Team KCC 2026, \d{1,2} [a-z]+ \d{4}’ is gemaakt en geopend\./).waitFor();
    const after = await stored(page);
    const made = after.assessments.find((a) => a.id === after.active);
    assert.match(made.name, /^Team Team KCC 2026, /);
    assert.deepEqual(Object.values(made.answers).map((a) => [a.answer, a.note]).sort(), [
      ['deels', 'ja 1 · deels 1 · nee 1 · n.v.t. 0 · geen antwoord 0'],
      ['ja', 'ja 3 · deels 0 · nee 0 · n.v.t. 0 · geen antwoord 0'],
    ]);
    await goToScreen(page, 'Invullen');
    assert.ok(await answer(page, 0, 'Deels').isChecked(), 'the team answer is on the checklist');
    assert.ok(await answer(page, 1, 'Ja').isChecked(), 'and the one agreed while walking all statements');
    expectClean(page);
  });
});

test('files dropped on the overview are added like picked ones; an agenda with no differences says so', async () => {
  const file = await colleagueFile('Dirk', 'Ja', 'Nee');
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url);
    await goToScreen(page, 'Team');
    await page.getByLabel(/^Naam van een nieuw teamoverzicht/).fill('Team Dirk');
    await page.getByRole('button', { name: 'Teamoverzicht maken' }).click();
    await page.getByRole('heading', { name: 'Teamoverzicht: Team Dirk' }).waitFor();
    const zone = page.getByText('U kunt de bestanden ook hierheen slepen.');
    const dropped = await page.evaluateHandle(({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    }, { name: file.name, text: file.buffer.toString('utf8') });
    await zone.dispatchEvent('dragover', { dataTransfer: dropped });
    await zone.dispatchEvent('drop', { dataTransfer: dropped });
    await page.locator('.team__files').getByText(/toegevoegd: Dirk/).waitFor();
    assert.deepEqual((await page.getByRole('table').getByRole('columnheader').allInnerTexts()).slice(1, 2), ['Dirk']);
    // One member disagrees with nobody: nothing to discuss, and the screen says how to go on.
    await page.getByText(/^Over geen enkele stelling lopen de antwoorden uiteen\./).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    expectClean(page);
  });
});
