// End to end: the self-assessment in the release build — answers that survive
// reloads, unreadable and blocked storage, two tabs, export/import, and the print view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { gotoApp, trackProblems, expectClean, mainHeading, waitForFocusOffBody, waitForHash, withPage } from './harness.mjs';
import { useBrowser, axeViolations, renderedHtml, vnuErrors } from './support.mjs';
import {
  KEY, B1, statement, answer, stored, storedRaw, activeOf, backups, openAssessment, goToScreen, announced, answered, importField, importPlan,
  downloadExport,
} from './selfassessment.mjs';

const env = useBrowser();

const checklist = () => env.server.url + '#/zelfevaluatie';
const activeAnswers = (state) => activeOf(state).answers;

/** A fresh profile (empty storage) showing the checklist, passed to `fn`; closed afterwards. */
const withChecklist = (fn) =>
  withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url);
    return fn(page);
  });

/** Waits until the management screen lists `n` assessments. */
const listed = (page, n) => page.waitForFunction((count) => document.querySelectorAll('.assessment-item').length === count, n);

test('answers, notes and evidence are saved at once and survive a reload', async () => {
  await withChecklist(async (page) => {
    // A real fieldset whose legend is the statement, with labelled radios.
    const legend = await statement(page, 0).locator('legend').innerText();
    assert.match(legend, /eigen zaak/);
    assert.equal(await page.getByRole('group', { name: legend }).count(), 1);

    await answer(page, 0, 'Ja').check();
    await announced(page, 'Opgeslagen');
    await answer(page, 1, 'Deels').check();
    await answer(page, 2, 'N.v.t.').check();
    await statement(page, 1).getByText('Notitie of bewijs toevoegen').click();
    await statement(page, 1).getByLabel('Notitie').fill('Alleen in de directie.');
    const link = statement(page, 1).getByLabel('Link naar bewijs');
    await link.fill('www.gemeente.nl');
    await link.blur();
    assert.match(await statement(page, 1).locator('.field__error').innerText(), /geen geldig webadres/i);
    assert.equal(await link.getAttribute('aria-invalid'), 'true');
    await link.fill('https://gemeente.example/besluit');
    await link.blur();
    assert.equal(await statement(page, 1).locator('.field__error').innerText(), '');

    // Written through at once: no waiting, no save button.
    const answers = activeAnswers(await stored(page));
    const first = await statement(page, 0).getAttribute('id');
    assert.equal(answers[first.replace('stelling-', '')].answer, 'ja');
    assert.match(await page.locator('.overall__text').innerText(), /3 van \d+ stellingen beantwoord/);

    await page.reload();
    await page.waitForSelector('fieldset.statement');
    assert.ok(await answer(page, 0, 'Ja').isChecked());
    assert.ok(await answer(page, 1, 'Deels').isChecked());
    assert.ok(await answer(page, 2, 'N.v.t.').isChecked());
    assert.equal(await statement(page, 1).getByLabel('Notitie').inputValue(), 'Alleen in de directie.');
    assert.equal(await statement(page, 1).getByLabel('Link naar bewijs').inputValue(), 'https://gemeente.example/besluit');
    assert.match(await page.locator('.dimension').first().locator('.dimension__status').innerText(), /3 van \d+ beantwoord/);

    // Clearing an answer is possible too, and also kept.
    await statement(page, 0).getByRole('button', { name: /Antwoord wissen/ }).click();
    await page.reload();
    await page.waitForSelector('fieldset.statement');
    assert.equal(await answer(page, 0, 'Ja').isChecked(), false);
    expectClean(page);
  });
});

test('data from the first version of Digiwijzer is migrated and shown', async () => {
  await withPage(env.browser, env.server.url + '#/toegankelijkheid', async (page) => {
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 1, answers: { 'eigenaarschap.b1': 'ja', 'eigenaarschap.b2': 'deels' } })), KEY);
    await gotoApp(page, checklist());
    await page.reload();
    await page.waitForSelector('fieldset.statement');
    // Both statements are no longer asked: their answers are kept and shown with the text they had.
    const retired = page.getByRole('region', { name: 'Vervallen stellingen' });
    await retired.waitFor();
    const kept = await retired.innerText();
    assert.match(kept, /wethouder aangewezen[^\n]*\n+Uw antwoord: Ja/);
    assert.match(kept, /apart agendapunt[^\n]*\n+Uw antwoord: Deels/);
    assert.match(await page.locator('.overall__text').innerText(), /\b0 van \d+ stellingen beantwoord/, 'they count in no score');
    assert.equal(await page.locator('.unreadable').count(), 0);
    await openAssessment(page, env.server.url, '/beheer');
    assert.match(await page.locator('.assessment-item').innerText(), /Mijn zelfevaluatie[\s\S]*Aangemaakt: onbekend/);
    expectClean(page);
  });
});

test('a source opens the cited tip or example, and Back returns to the statement', async () => {
  await withChecklist(async (page) => {
    const source = statement(page, 0).locator('.sources a').first();
    const href = await source.getAttribute('href');
    // The cited tip lives on the tips page.
    assert.match(href, /^\.\/#\/lees\/tip-\d+/);
    await source.click();
    await waitForHash(page, /^#\/lees\//);
    assert.match(await mainHeading(page).innerText(), /\S/);
    await page.goBack();
    await page.waitForSelector('fieldset.statement');
    await page.waitForFunction((h) => document.activeElement?.getAttribute('href') === h, href);
    expectClean(page);
  });
});

test('unreadable stored data: the app starts, keeps a backup, explains, and offers the raw data', async () => {
  await withPage(env.browser, checklist(), async (page) => {
    const corrupt = '{"version":2,"assess';
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, corrupt]);
    await page.reload();
    await page.waitForSelector('fieldset.statement');

    const warning = page.locator('.unreadable');
    assert.match(await warning.innerText(), /konden niet worden gelezen/);
    assert.match(await warning.innerText(), /onvolledig/);
    assert.deepEqual((await backups(page)).map(([, value]) => value), [corrupt], 'the original text is kept under a backup key');

    const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: /gegevens downloaden/ }).click()]);
    assert.equal(await readFile(await download.path(), 'utf8'), corrupt);

    // Still usable: answering saves a fresh, readable state; the backup stays.
    await answer(page, 0, 'Ja').check();
    await announced(page, 'Opgeslagen');
    assert.equal(Object.values(activeAnswers(await stored(page)))[0].answer, 'ja');
    assert.equal((await backups(page)).length, 1);
    expectClean(page);
  });
});

test('blocked storage: a clear, persistent warning, and the app still works in memory', async () => {
  await withPage(env.browser, null, async (page) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    await openAssessment(page, env.server.url);
    const warning = page.locator('.not-kept');
    assert.match(await warning.innerText(), /worden niet bewaard/);

    await answer(page, 0, 'Ja').check();
    await answered(page, 1);
    // Moving between screens keeps the in-memory progress; the warning stays.
    await page.getByRole('link', { name: 'Mijn zelfevaluaties' }).click();
    await page.waitForSelector('.assessment-item');
    assert.match(await page.locator('.not-kept').innerText(), /worden niet bewaard/);
    await goToScreen(page, 'Invullen');
    assert.ok(await answer(page, 0, 'Ja').isChecked());
    expectClean(page);
  });
});

test('two tabs stay consistent; different statements answered in each are both kept', async () => {
  await withPage(env.browser, null, async (a) => {
    const b = await a.context().newPage();
    trackProblems(b);
    await openAssessment(a, env.server.url);
    await openAssessment(b, env.server.url);

    await answer(a, 0, 'Ja').check();
    await b.waitForFunction(() => document.querySelector('fieldset.statement input[value=ja]')?.checked === true);
    assert.equal(await b.locator('.assessment-current strong').innerText(), await a.locator('.assessment-current strong').innerText());

    // At the same moment: A answers statement 2, B statement 3.
    await Promise.all([answer(a, 1, 'Nee').check(), answer(b, 2, 'Deels').check()]);
    for (const page of [a, b]) {
      await page.waitForFunction(() => {
        const fs = document.querySelectorAll('fieldset.statement');
        return fs[1]?.querySelector('input[value=nee]')?.checked && fs[2]?.querySelector('input[value=deels]')?.checked;
      });
    }
    const answers = activeAnswers(await stored(a));
    assert.deepEqual(Object.values(answers).map((x) => x.answer).sort(), ['deels', 'ja', 'nee']);
    assert.equal((await stored(a)).assessments.length, 1, 'no second "Mijn zelfevaluatie" from the other tab');
    expectClean(a);
    expectClean(b);
  });
});

test('export, then import into a fresh browser profile as a new assessment: identical answers', async () => {
  await withChecklist(async (page) => {
    await answer(page, 0, 'Ja').check();
    await answer(page, 3, 'Deels').check();
    await statement(page, 3).getByText('Notitie of bewijs toevoegen').click();
    await statement(page, 3).getByLabel('Notitie').fill('Met de wethouder besproken, "nog" niet vastgelegd.');
    await page.getByRole('button', { name: 'Stand van vandaag bewaren' }).click();
    assert.ok(await page.locator('.export-reminder').isVisible(), 'reminded to export');

    await goToScreen(page, 'Exporteren en importeren');
    const { download, file } = await downloadExport(page);
    assert.match(download.suggestedFilename(), /^digiwijzer-zelfevaluatie-mijn-zelfevaluatie-\d{4}-\d{2}-\d{2}\.json$/);
    const original = await stored(page);
    assert.ok(original.assessments[0].last_exported, 'the export is recorded');
    await page.waitForSelector('.export-reminder', { state: 'detached' });

    await withPage(env.browser, env.server.url + '#/zelfevaluatie/bestand', async (fresh) => {
      await importField(fresh).setInputFiles(file);
      const plan = importPlan(fresh);
      await plan.waitFor();
      assert.match(await plan.innerText(), /Mijn zelfevaluatie/);
      assert.equal(await stored(fresh), null, 'nothing is written before the user chooses');
      await fresh.getByLabel(/als nieuwe zelfevaluatie/).check();
      await fresh.getByRole('button', { name: 'Importeren', exact: true }).click();
      await fresh.waitForSelector('.import__done:not(:empty)');

      const imported = await stored(fresh);
      assert.equal(imported.assessments.length, 1, 'the untouched starter gives way to the import');
      const [mine, theirs] = [original.assessments[0], imported.assessments[0]];
      assert.deepEqual(theirs.answers, mine.answers);
      assert.deepEqual(theirs.snapshots, mine.snapshots);
      assert.equal(theirs.name, mine.name);

      await goToScreen(fresh, 'Invullen');
      assert.ok(await answer(fresh, 0, 'Ja').isChecked());
      assert.ok(await answer(fresh, 3, 'Deels').isChecked());
      expectClean(page);
      expectClean(fresh);
    });
  });
});

test('a bad import file gets a clear message and changes nothing', async () => {
  await withChecklist(async (page) => {
    await answer(page, 0, 'Nee').check();
    await goToScreen(page, 'Exporteren en importeren');
    const before = await storedRaw(page);

    const cases = [
      ['kapot.json', '{"format":"digiwijzer-zelfevaluatie","version":1,"assessm', /onvolledig/],
      ['ander.json', '{"format":"iets-anders","version":1}', /geen Digiwijzer-zelfevaluatie/],
      ['nieuwer.json', '{"format":"digiwijzer-zelfevaluatie","version":99,"exported":0,"assessments":[]}', /nieuwere versie/],
    ];
    for (const [name, contents, message] of cases) {
      await importField(page).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
      const alert = page.locator('.import__error .notice');
      await alert.waitFor();
      const text = await alert.innerText();
      assert.match(text, /niet ingelezen en er is niets veranderd/, name);
      assert.match(text, message, name);
      // By class, not role: a plan left in the page but hidden must count too.
      assert.equal(await page.locator('.import-plan').count(), 0, `${name}: no plan to confirm`);
    }
    assert.equal(await storedRaw(page), before);
    expectClean(page);
  });
});

test('several assessments: create, rename, copy, switch, delete with undo, restore', async () => {
  await withPage(env.browser, checklist() + '/beheer', async (page) => {
    await page.waitForSelector('.assessment-item');
    await page.getByLabel('Naam', { exact: true }).fill('Team KCC');
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await listed(page, 2);
    assert.match(await page.locator('.assessment-item--active').innerText(), /Team KCC/);

    // An empty name is refused with a reason, and nothing changes.
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    assert.match(await page.locator('#nieuwe-naam-fout').innerText(), /mag niet leeg zijn/i);

    const kcc = page.locator('.assessment-item', { hasText: 'Team KCC' });
    await kcc.getByRole('button', { name: /Naam wijzigen/ }).click();
    await kcc.getByLabel(/Nieuwe naam/).fill('Team KCC 2026');
    await kcc.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForSelector('.assessment-item:has-text("Team KCC 2026")');

    await page.locator('.assessment-item', { hasText: 'Team KCC 2026' }).getByRole('button', { name: /Kopiëren/ }).click();
    await page.waitForSelector('.assessment-item:has-text("Kopie van Team KCC 2026")');

    const copy = page.locator('.assessment-item', { hasText: 'Kopie van' });
    await copy.getByRole('button', { name: /Verwijderen/ }).click();
    await listed(page, 2);
    // Focus lands on the undo button, so a keyboard user can undo at once.
    await waitForFocusOffBody(page);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Ongedaan maken');
    await page.keyboard.press('Enter');
    await listed(page, 3);

    await page.locator('.assessment-item', { hasText: 'Kopie van' }).getByRole('button', { name: /Verwijderen/ }).click();
    await page.waitForSelector('.deleted-list li');
    await page.getByRole('button', { name: /Terugzetten/ }).click();
    await listed(page, 3);

    // Opening another one makes it the checklist's assessment.
    await page.locator('.assessment-item', { hasText: 'Mijn zelfevaluatie' }).getByRole('button', { name: /Openen/ }).click();
    await page.waitForSelector('fieldset.statement');
    assert.equal(await page.locator('.assessment-current strong').innerText(), 'Mijn zelfevaluatie');
    const state = await stored(page);
    assert.deepEqual(state.assessments.filter((a) => !a.deleted || a.restored > a.deleted).map((a) => a.name).sort(), ['Kopie van Team KCC 2026', 'Mijn zelfevaluatie', 'Team KCC 2026']);
    expectClean(page);
  });
});

test('the print view of the results shows the chart and the levels', async () => {
  await withChecklist(async (page) => {
    await answer(page, 0, 'Ja').check();
    await page.getByRole('link', { name: 'Resultaten' }).click();
    await page.waitForSelector('.results');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('.results svg').first().isVisible(), 'the chart is printed');
    const report = await page.locator('.results').innerText();
    assert.match(report, /Nog geen niveau|Beginnend/);
    assert.match(report, /Bestuurlijk eigenaarschap/);
    for (const hidden of ['.site-header', '.assessment-nav', '.storage-notices']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
    expectClean(page);
  });
});

test('every self-assessment screen loads without console errors', async () => {
  await withPage(env.browser, checklist(), async (page) => {
    for (const sub of ['', '/resultaten', '/actieplan', '/spel', '/beheer', '/bestand']) {
      await gotoApp(page, checklist() + sub);
      assert.match(await mainHeading(page).innerText(), /\S/, sub);
      // Unique ids: labels and aria references depend on them.
      const dupes = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      assert.deepEqual(dupes, [], sub);
    }
    await gotoApp(page, checklist() + '/bestaat-niet');
    assert.match(await mainHeading(page).innerText(), /bestaat niet/);
    expectClean(page);
  });
});

test('the self-assessment screens pass axe and the HTML checker, also with notices and an import plan', async () => {
  await withChecklist(async (page) => {
    const docs = {};
    const check = async (name) => {
      assert.deepEqual(await axeViolations(page), [], `${name}: axe`);
      docs[name] = await renderedHtml(page);
    };
    await answer(page, 0, 'Ja').check();
    await statement(page, 0).getByText('Notitie of bewijs toevoegen').click();
    await statement(page, 0).getByLabel('Link naar bewijs').fill('geen link');
    await statement(page, 0).getByLabel('Link naar bewijs').blur();
    await check('vragenlijst');
    await openAssessment(page, env.server.url, '/beheer');
    await page.locator('.assessment-item').getByRole('button', { name: /Naam wijzigen/ }).click();
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await check('beheer');
    await openAssessment(page, env.server.url, '/bestand');
    const file = JSON.stringify({ format: 'digiwijzer-zelfevaluatie', version: 1, exported: 1732262400000, assessments: [
      { id: 'team', name: 'Team KCC', created: 1732176000000, answers: { [B1]: { updated: 1732180000000, answer: 'ja' }, 'oud.x1': { updated: 1, answer: 'nee' } } },
    ] });
    await importField(page).setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const plan = importPlan(page);
    await plan.waitFor();
    assert.match(await page.locator('.import-plan__warnings').innerText(), /oud\.x1/);
    await page.getByLabel(/Samenvoegen met een bestaande/).check();
    assert.match(await plan.innerText(), /Gevolg: 0 nieuw, 1 bijgewerkt|Gevolg: 1 nieuw/);
    await check('importplan');
    await openAssessment(page, env.server.url, '/resultaten');
    await check('resultaten');
    await page.evaluate((key) => localStorage.setItem(key, '[1,2'), KEY);
    await page.reload();
    await page.waitForSelector('.unreadable');
    await check('onleesbare gegevens');
    // The backup stays listed after the next save, with its delete question.
    await openAssessment(page, env.server.url);
    await answer(page, 0, 'Ja').check();
    await openAssessment(page, env.server.url, '/bestand');
    await page.getByRole('region', { name: 'Apart bewaarde gegevens' }).getByRole('button', { name: /^Verwijderen/ }).click();
    await page.getByRole('button', { name: 'Ja, definitief verwijderen' }).waitFor();
    await check('apart bewaarde gegevens');
    await openAssessment(page, env.server.url, '/beheer');
    await page.locator('.assessment-item').first().getByRole('button', { name: /^Verwijderen/ }).click();
    await page.getByRole('button', { name: /^Definitief verwijderen/ }).first().click();
    await page.getByRole('button', { name: 'Ja, definitief verwijderen' }).waitFor();
    await check('definitief verwijderen');
    await page.evaluate((key) => localStorage.setItem(key, '{"version":99}'), KEY);
    await page.reload();
    await page.getByRole('button', { name: 'Hier opnieuw beginnen' }).waitFor();
    await check('gegevens van een nieuwere versie');
    const errors = await vnuErrors(docs);
    for (const [name, list] of Object.entries(errors)) assert.deepEqual(list, [], `${name}: HTML checker`);
    expectClean(page);
  });
});
