// Every way answers, notes and links used to disappear, one test each, as a user meets
// it in the release build: answering with no assessment open, a merge, a clock that ran
// ahead, unreadable data met on every load, backups, full storage, data of a newer
// version; and the smaller cases (names, file names, messages, deleting for good).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { expectClean } from './harness.mjs';
import { useBrowser } from './support.mjs';
import {
  KEY, BACKUP_PREFIX, B1, B2, statement, answer, stored, storedRaw, activeOf, backups, openAssessment, goToScreen, announced,
  writeNoteAndLink, exportFile, importFile, fillStorage, freeStorage, withContext, downloadExport, blockStorage,
} from './selfassessment.mjs';

const env = useBrowser();
const HOUR = 3_600_000;

/** A stored v3 state with one assessment `team` holding `answers`. */
const stateWith = (answers, name = 'Team KCC') =>
  JSON.stringify({ version: 3, active: 'team', assessments: [{ id: 'team', name, created: 1, renamed: 1, answers }] });

/** The checklist in `page`, with its first statement answered "Ja" and saved. */
async function checklistWithOneAnswer(page) {
  await openAssessment(page, env.server.url);
  await answer(page, 0, 'Ja').check();
  await announced(page, 'Opgeslagen');
}

async function seeded(newPage, value) {
  const page = await newPage();
  await openAssessment(page, env.server.url, '/beheer');
  await page.evaluate(([key, v]) => localStorage.setItem(key, v), [KEY, value]);
  await openAssessment(page, env.server.url);
  await page.reload();
  await page.locator('fieldset.statement').first().waitFor();
  return page;
}

test('answering after the last assessment was deleted starts a new one and keeps every answer', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const page = await newPage();
    await checklistWithOneAnswer(page);
    await goToScreen(page, 'Mijn zelfevaluaties');
    await page.getByRole('button', { name: /^Verwijderen/ }).click();
    await page.getByRole('button', { name: 'Ongedaan maken' }).waitFor();
    await goToScreen(page, 'Invullen');
    assert.match(await page.locator('.assessment-current').innerText(), /geen zelfevaluatie/);

    await answer(page, 1, 'Nee').check();
    await writeNoteAndLink(page, 1, { note: 'Staat op de agenda.' });
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('Staat op de agenda.'), KEY);
    const state = await stored(page);
    assert.equal(activeOf(state).answers[B2].answer, 'nee');
    assert.match(await page.locator('.assessment-current strong').innerText(), /Mijn zelfevaluatie/);

    await page.reload();
    await page.locator('fieldset.statement').first().waitFor();
    assert.ok(await answer(page, 1, 'Nee').isChecked());
    assert.equal(await statement(page, 1).getByLabel('Notitie').inputValue(), 'Staat op de agenda.');
    expectClean(page);
  });
});

test('with nothing open, export offers no empty name and says there is nothing to export', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const page = await newPage();
    await openAssessment(page, env.server.url, '/beheer');
    await page.getByRole('button', { name: /^Verwijderen/ }).click();
    await page.getByRole('button', { name: 'Ongedaan maken' }).waitFor();
    await goToScreen(page, 'Exporteren en importeren');
    assert.equal(await page.getByLabel(/^Alleen/).count(), 0, 'no "Alleen ‘’"');
    await page.getByRole('button', { name: /Exportbestand downloaden/ }).click();
    await page.getByText('Er is nog geen zelfevaluatie om te exporteren.').waitFor();
    expectClean(page);
  });
});

test('the assessment this tab works in is deleted in another tab: it says so, and answers still land', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const [a, b] = [await newPage(), await newPage()];
    await checklistWithOneAnswer(b);
    await openAssessment(a, env.server.url, '/beheer');
    await a.getByRole('button', { name: /^Verwijderen/ }).click();

    const notice = b.locator('.deleted-elsewhere');
    await notice.waitFor();
    assert.match(await notice.innerText(), /‘Mijn zelfevaluatie’ is in een ander tabblad verwijderd/);
    await answer(b, 2, 'Deels').check();
    const third = (await statement(b, 2).getAttribute('id')).replace('stelling-', '');
    await b.waitForFunction(([key, id]) => {
      const s = JSON.parse(localStorage.getItem(key));
      return s.assessments.some((x) => !x.deleted && x.answers[id]?.answer === 'deels');
    }, [KEY, third]);
    await notice.getByRole('button', { name: 'Terugzetten' }).click();
    await b.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).assessments.every((x) => !x.deleted || x.restored > x.deleted), KEY);
    expectClean(a);
    expectClean(b);
  });
});

test('two tabs typing in the same note: the tab that loses its text is told so', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const [a, b] = [await newPage(), await newPage()];
    await checklistWithOneAnswer(a);
    await openAssessment(b, env.server.url);
    await a.bringToFront();
    await writeNoteAndLink(a, 0, {});
    await statement(a, 0).getByLabel('Notitie').fill('Versie van tab A');
    await b.bringToFront();
    await writeNoteAndLink(b, 0, {});
    await statement(b, 0).getByLabel('Notitie').fill('Versie van tab B');
    await a.bringToFront();
    await a.getByText(/tegelijk in een ander tabblad gewijzigd/).waitFor();
    assert.equal(await statement(a, 0).getByLabel('Notitie').inputValue(), 'Versie van tab B');
    assert.equal(activeOf(await stored(a)).answers[B1].note, 'Versie van tab B');
    expectClean(a);
    expectClean(b);
  });
});

test('typing in an action while another tab changes it: the typed text stays and is kept on leaving the field', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const [a, b] = [await newPage(), await newPage()];
    await openAssessment(a, env.server.url);
    await goToScreen(a, 'Actieplan');
    const form = a.getByRole('region', { name: 'Nieuwe actie' });
    await form.getByLabel('Wat gaan we doen?').fill('Eerste versie');
    await form.getByRole('button', { name: 'Actie toevoegen' }).click();
    await announced(a, 'Actie toegevoegd');
    await openAssessment(b, env.server.url);
    await goToScreen(b, 'Actieplan');
    const item = (page) => page.locator('.plan__list > li').first();
    await item(b).getByRole('heading', { name: 'Eerste versie' }).waitFor();
    const whatOf = async (page) => Object.values(activeOf(await stored(page)).actions)[0].what;

    await a.bringToFront();
    await item(a).getByLabel('Wat gaan we doen?').fill('Versie van tab A');
    // Another field of the same action changes elsewhere: the text being typed is not reset.
    await b.bringToFront();
    await item(b).getByLabel('Status').selectOption({ label: 'Bezig' });
    await a.bringToFront();
    await a.waitForFunction(() => document.querySelector('.plan__list > li select')?.value === 'bezig');
    assert.equal(await item(a).getByLabel('Wat gaan we doen?').inputValue(), 'Versie van tab A');
    // The same field changes elsewhere: still not reset, and the page says so.
    await b.bringToFront();
    await item(b).getByLabel('Wat gaan we doen?').fill('Versie van tab B');
    await item(b).getByLabel('Wat gaan we doen?').press('Tab');
    await a.bringToFront();
    await a.getByText(/intussen in een ander tabblad gewijzigd/).waitFor();
    assert.equal(await item(a).getByLabel('Wat gaan we doen?').inputValue(), 'Versie van tab A');
    // Leaving the field keeps it: a change made now wins.
    await item(a).getByLabel('Wat gaan we doen?').press('Tab');
    await b.waitForFunction(() => document.querySelector('.plan__list > li h3')?.textContent.startsWith('Versie van tab A'));
    assert.equal(await whatOf(a), 'Versie van tab A');
    assert.equal(await item(b).getByLabel('Wat gaan we doen?').inputValue(), 'Versie van tab A', 'the other tab shows it too');
    expectClean(a);
    expectClean(b);
  });
});

test('work the browser could not keep is not left behind without a question: leaving the page asks first', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const page = await newPage();
    await openAssessment(page, env.server.url);
    await answer(page, 0, 'Ja').check();
    await page.locator('.not-kept').first().waitFor();
    // To the other language's page, which would start without this answer: the browser
    // asks first, and staying keeps it.
    const asked = new Promise((resolve) =>
      page.once('dialog', async (dialog) => {
        await dialog.dismiss();
        resolve(dialog.type());
      }));
    await page.getByRole('link', { name: 'English', exact: true }).click();
    const none = new Promise((resolve) => setTimeout(() => resolve('no question within 5 s'), 5000));
    assert.equal(await Promise.race([asked, none]), 'beforeunload');
    assert.match(page.url(), /zelfevaluatie\.html/);
    assert.ok(await answer(page, 0, 'Ja').isChecked(), 'the answer is still here');
    expectClean(page);
  }, { init: blockStorage });
});

test('merging a colleague\'s later answer keeps my note and link, and the preview says what happens to notes', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const page = await newPage();
    await openAssessment(page, env.server.url);
    await answer(page, 0, 'Ja').check();
    await writeNoteAndLink(page, 0, { note: 'Besluit van de raad.', link: 'https://gemeente.example/besluit' });
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('gemeente.example/besluit'), KEY);
    const mine = activeOf(await stored(page));

    const later = Date.now() + 60_000;
    const file = exportFile([{ id: mine.id, name: 'Collega', created: 1, answers: {
      [B1]: { updated: later, answer: 'deels', note: 'Andere notitie', note_updated: later },
      [B2]: { updated: later, answer: 'nee', note: 'Nieuw van collega', note_updated: later },
    } }]);
    await goToScreen(page, 'Exporteren en importeren');
    const preview = await importFile(page, file, 'samenvoegen');
    assert.match(preview, /1 nieuw, 1 bijgewerkt/);
    assert.match(preview, /Notities: 1 notitie erbij, 1 notitie blijft zoals die hier staat/);
    assert.match(preview, /nooit vervangen of gewist/);

    const after = activeOf(await stored(page)).answers;
    assert.equal(after[B1].answer, 'deels', 'the later answer wins');
    assert.equal(after[B1].note, 'Besluit van de raad.');
    assert.equal(after[B1].evidence, 'https://gemeente.example/besluit');
    assert.equal(after[B2].note, 'Nieuw van collega');
    expectClean(page);
  });
});

test('an answer stamped an hour ahead does not win over a click made now, in either tab', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const ahead = Date.now() + HOUR;
    const a = await seeded(newPage, stateWith({ [B1]: { updated: ahead, answer: 'ja' } }));
    const b = await newPage();
    await openAssessment(b, env.server.url);
    assert.ok(await answer(a, 0, 'Ja').isChecked());

    await answer(a, 0, 'Nee').check();
    await announced(a, 'Opgeslagen');
    await b.waitForFunction(() => document.querySelector('fieldset.statement input[value=nee]')?.checked === true);
    assert.ok(await answer(a, 0, 'Nee').isChecked(), 'this tab keeps the click');
    assert.equal(activeOf(await stored(a)).answers[B1].answer, 'nee');
    await a.reload();
    await a.locator('fieldset.statement').first().waitFor();
    assert.ok(await answer(a, 0, 'Nee').isChecked());
    expectClean(a);
    expectClean(b);
  });
});

test('the same unreadable data met on every load is backed up once', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const unreadable = '{"version":3,"assessments":[' + 'x'.repeat(1 << 20);
    const page = await seeded(newPage, unreadable);
    for (let i = 0; i < 4; i++) {
      await page.reload();
      await page.locator('.unreadable').waitFor();
    }
    const kept = await backups(page);
    assert.equal(kept.length, 1);
    assert.equal(kept[0][1], unreadable);
    expectClean(page);
  });
});

test('another tab writes something unreadable: it is set aside, and this tab puts its answers back', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const page = await newPage();
    await checklistWithOneAnswer(page);
    // Any page of the same site shares the storage; this one does not run the app.
    const other = await newPage();
    await other.goto(env.server.url + 'manifest.webmanifest');
    await other.evaluate((key) => localStorage.setItem(key, '{"version":3,"kap'), KEY);
    await page.bringToFront();
    await page.locator('.unreadable').waitFor();
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('"answer":"ja"'), KEY);
    assert.deepEqual((await backups(page)).map(([, v]) => v), ['{"version":3,"kap']);
    await page.reload();
    await page.locator('fieldset.statement').first().waitFor();
    assert.ok(await answer(page, 0, 'Ja').isChecked(), 'a reload finds the answers');
  });
});

test('deleted for good in another tab: this tab says so and offers no restore that cannot work', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const [a, b] = [await newPage(), await newPage()];
    await checklistWithOneAnswer(b);
    await openAssessment(a, env.server.url, '/beheer');
    await a.getByRole('button', { name: /^Verwijderen/ }).click();
    await a.getByRole('button', { name: /^Definitief verwijderen/ }).click();
    await a.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
    await b.bringToFront();
    const notice = b.locator('.deleted-elsewhere');
    await notice.getByText(/definitief verwijderd/).waitFor();
    assert.equal(await notice.getByRole('button', { name: 'Terugzetten' }).count(), 0);
    expectClean(a);
    expectClean(b);
  });
});

test('backups stay reachable after the next save: listed, downloadable and deletable', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const unreadable = '{"version":3,"kapot';
    const page = await seeded(newPage, unreadable);
    await page.locator('.unreadable').waitFor();
    await answer(page, 0, 'Ja').check();
    await announced(page, 'Opgeslagen');
    await page.reload();
    await page.locator('fieldset.statement').first().waitFor();
    assert.equal(await page.locator('.unreadable').count(), 0, 'the stored data is readable again');

    await goToScreen(page, 'Exporteren en importeren');
    const section = page.getByRole('region', { name: 'Apart bewaarde gegevens' });
    await section.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: /^Downloaden/ }).click()]);
    assert.equal(await readFile(await download.path(), 'utf8'), unreadable);

    await section.getByRole('button', { name: /^Verwijderen/ }).click();
    const confirm = section.getByRole('button', { name: 'Ja, definitief verwijderen' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Ja, definitief verwijderen');
    await confirm.click();
    await section.getByText('Verwijderd', { exact: true }).waitFor();
    assert.deepEqual(await backups(page), []);
    assert.equal(activeOf(await stored(page)).answers[B1].answer, 'ja', 'only the backup is gone');
    expectClean(page);
  });
});

test('a backup this version can read can be merged back, and nothing here is lost', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const page = await newPage();
    await checklistWithOneAnswer(page);
    // What an older tab may have set aside: readable data, with a note only it has.
    const aside = JSON.stringify({ version: 2, active: 'oud', assessments: [
      { id: 'oud', name: 'Nulmeting', created: 1, renamed: 1, answers: { [B2]: { updated: 5, answer: 'nee', note: 'Alleen hier' } } },
    ] });
    await page.evaluate(([key, v]) => localStorage.setItem(key, v), [`${BACKUP_PREFIX}1732000000000`, aside]);
    await goToScreen(page, 'Exporteren en importeren');
    await page.reload();
    const section = page.getByRole('region', { name: 'Apart bewaarde gegevens' });
    await section.getByRole('button', { name: /^Samenvoegen met mijn gegevens/ }).click();
    await section.getByText('Samengevoegd met uw gegevens').waitFor();
    const state = await stored(page);
    assert.equal(state.assessments.find((a) => a.id === 'oud').answers[B2].note, 'Alleen hier');
    assert.equal(activeOf(state).answers[B1].answer, 'ja', 'what was here stays');
    expectClean(page);
  });
});

test('storage that is full at start-up is tried again on every change', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const page = await newPage();
    await openAssessment(page, env.server.url);
    await answer(page, 0, 'Nee').check();
    await announced(page, 'Opgeslagen');
    await fillStorage(page);
    await page.reload();
    await page.locator('fieldset.statement').first().waitFor();

    // A change of the same size ("nee" to "nvt") fits where the old value was.
    await answer(page, 0, 'N.v.t.').check();
    await page.waitForFunction(([key, id]) => JSON.parse(localStorage.getItem(key)).assessments[0].answers[id].answer === 'nvt', [KEY, B1]);
    // One that needs more room does not, and says so.
    await writeNoteAndLink(page, 0, { note: 'Een notitie die er niet meer bij past.' });
    await page.locator('.not-kept').waitFor();
    // Room is made (here, or in another tab): the next change is kept, and the warning goes.
    await freeStorage(page);
    await answer(page, 1, 'Deels').check();
    await page.locator('.not-kept').waitFor({ state: 'detached' });
    const kept = activeOf(await stored(page)).answers;
    assert.equal(kept[B2].answer, 'deels');
    assert.equal(kept[B1].note, 'Een notitie die er niet meer bij past.', 'the earlier refused note is written too');
  });
});

test('an import the browser cannot store says so instead of claiming success', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const page = await newPage();
    await openAssessment(page, env.server.url, '/bestand');
    await fillStorage(page);
    const answers = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`eigenaarschap.b${i + 1}`, { updated: 5, answer: 'ja', note: 'n'.repeat(400) }]));
    await importFile(page, exportFile([{ id: 'collega', name: 'Collega', created: 1, answers }]), 'nieuw');
    const alert = page.locator('.import__error');
    await alert.getByText(/kon het niet opslaan/).waitFor();
    assert.equal(await page.locator('.import__done').innerText(), '', 'no "Geïmporteerd als nieuw"');
    await freeStorage(page);
  });
});

test('data of a newer version is never overwritten, and the user is told what to do', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const newer = JSON.stringify({ version: 99, assessments: 'from a later Digiwijzer' });
    const page = await seeded(newPage, newer);
    const notice = page.locator('.unreadable');
    await notice.waitFor();
    assert.match(await notice.innerText(), /nieuwere versie van Digiwijzer/);
    assert.match(await notice.innerText(), /Herlaad de pagina/);
    assert.doesNotMatch(await notice.innerText(), /gewoon opnieuw beginnen/);

    await answer(page, 0, 'Ja').check();
    await announced(page, 'Gewijzigd, maar niet bewaard, zodat de gegevens van de nieuwere versie blijven staan');
    assert.equal(await storedRaw(page), newer, 'untouched');

    await notice.getByRole('button', { name: 'Hier opnieuw beginnen' }).click();
    await page.waitForFunction((key) => localStorage.getItem(key)?.startsWith('{"version":4'), KEY);
    assert.deepEqual((await backups(page)).map(([, v]) => v), [newer], 'the newer data stays in its backup');
    expectClean(page);
  });
});

test('an assessment deleted for good is gone from storage and from the deleted list', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const page = await newPage();
    await openAssessment(page, env.server.url);
    await writeNoteAndLink(page, 0, { note: 'Vertrouwelijk' });
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('Vertrouwelijk'), KEY);
    await goToScreen(page, 'Mijn zelfevaluaties');
    await page.getByRole('button', { name: /^Verwijderen/ }).click();
    const deleted = page.getByRole('region', { name: 'Verwijderde zelfevaluaties' });
    await deleted.getByRole('button', { name: /^Definitief verwijderen/ }).click();
    await deleted.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
    await deleted.getByText('Er zijn geen verwijderde zelfevaluaties.').waitFor();
    assert.doesNotMatch(await storedRaw(page), /Vertrouwelijk/);
    expectClean(page);
  });
});

test('names cannot reverse text, and a name without letters still gives a file name', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const page = await newPage();
    await openAssessment(page, env.server.url, '/beheer');
    await page.getByLabel('Naam', { exact: true }).fill('Team \u202eCCK\u202c');
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.locator('.assessment-item--active', { hasText: 'Team CCK' }).waitFor();
    assert.equal(await page.locator('.assessment-item--active h2').evaluate((h) => /[\u202a-\u202e\u2066-\u2069]/.test(h.textContent)), false);

    await page.getByLabel('Naam', { exact: true }).fill('🚀🚀');
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.locator('.assessment-item--active', { hasText: '🚀🚀' }).waitFor();
    await goToScreen(page, 'Exporteren en importeren');
    const { download } = await downloadExport(page);
    assert.match(download.suggestedFilename(), /^digiwijzer-zelfevaluatie-\d{4}-\d{2}-\d{2}\.json$/);
    expectClean(page);
  });
});

test('refused files get short messages that say what is wrong', async () => {
  await withContext(env.browser, async ({ newPage }) => {
    const page = await newPage();
    await openAssessment(page, env.server.url, '/bestand');
    const alert = page.locator('.import__error .notice');
    const cases = [
      [exportFile([], { version: 4, extra: { team: { leden: 4 } } }), /nieuwere versie van Digiwijzer/],
      [{ name: 'groot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'y'.repeat(200_000) })) }, /in plaats van/],
      [{ name: 'diep.json', mimeType: 'application/json', buffer: Buffer.from('['.repeat(300) + ']'.repeat(300)) }, /te diep genest/],
    ];
    for (const [file, message] of cases) {
      await page.setInputFiles('#importbestand', file);
      await alert.getByText(message).waitFor();
      assert.ok((await alert.innerText()).length < 400, `${file.name}: a short message`);
    }
    expectClean(page);
  });
});
