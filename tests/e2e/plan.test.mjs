// End to end: from a score to work with owners and dates. An action is made from a
// statement answered nee, from a recommendation and from a tip's page; the plan lists
// actions by date, shows what is overdue, filters, edits in place, deletes with undo,
// offers to re-answer when an action is done, and travels with the assessment's file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectClean, gotoApp, mainHeading, waitForHash, withPage } from './harness.mjs';
import { useBrowser, axeViolations } from './support.mjs';
import { B1, activeOf, stored, answer, statement, openAssessment, goToScreen, announced, downloadExport, importFile } from './selfassessment.mjs';

const env = useBrowser();

const newForm = (page) => page.getByRole('region', { name: 'Nieuwe actie' });
const actions = (page) => page.locator('.plan__list > li');
const count = (page) => page.locator('.plan__count');
const planOf = async (page) => Object.values(activeOf(await stored(page))?.actions ?? {});

test('an action made from a statement answered nee is filled in, listed by date and overdue until done', async () => {
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url);
    const text = await statement(page, 0).locator('legend').innerText();
    assert.equal(await statement(page, 0).getByRole('link', { name: /^Actie maken/ }).count(), 0, 'no action offered before an answer');
    await answer(page, 0, 'Nee').check();
    await statement(page, 0).getByRole('link', { name: /^Actie maken/ }).click();
    await waitForHash(page, `#/zelfevaluatie/actieplan/nieuw/stelling/${B1}`);
    const what = newForm(page).getByLabel('Wat gaan we doen?');
    await page.waitForFunction(() => document.activeElement?.id === 'nieuwe-actie-wat');
    assert.equal(await what.inputValue(), text, 'filled in from the statement');
    assert.equal(await newForm(page).getByRole('link', { name: text }).getAttribute('href'), `#/zelfevaluatie/stelling/${B1}`);
    assert.equal((await planOf(page)).length, 0, 'nothing saved before "Actie toevoegen"');

    await what.fill('De wethouder vragen het plan zelf te presenteren');
    await newForm(page).getByLabel('Wie doet het?').fill('Directeur Dienstverlening');
    await newForm(page).getByLabel('Uiterlijk klaar op').fill('2020-03-31');
    await newForm(page).getByRole('button', { name: 'Actie toevoegen' }).click();
    await announced(page, 'Actie toegevoegd');
    assert.equal(await what.inputValue(), '', 'the form is empty for the next one');
    await what.fill('Zonder datum, later gemaakt');
    await newForm(page).getByRole('button', { name: 'Actie toevoegen' }).click();
    await what.fill('Met een latere datum');
    await newForm(page).getByLabel('Uiterlijk klaar op').fill('2999-01-01');
    await newForm(page).getByRole('button', { name: 'Actie toevoegen' }).click();
    await count(page).getByText('3 acties · 1 te laat').waitFor();

    // By date, undated last; the one past its date says so in words.
    const headings = await actions(page).getByRole('heading', { level: 3 }).allInnerTexts();
    assert.deepEqual(headings.map((h) => h.replace(/\s+/g, ' ').trim()), [
      'De wethouder vragen het plan zelf te presenteren Te laat',
      'Met een latere datum',
      'Zonder datum, later gemaakt',
    ]);
    const saved = (await planOf(page)).find((a) => a.who === 'Directeur Dienstverlening');
    assert.deepEqual(saved.for, { statements: [B1], dimension: 'eigenaarschap' });
    assert.equal(saved.due, '2020-03-31');

    // Filters: overdue, and a dimension none of the others is for.
    await page.getByLabel('Toon').selectOption('te-laat');
    await count(page).getByText('1 actie van 3 · 1 te laat').waitFor();
    await page.getByLabel('Toon').selectOption('');
    await page.getByLabel('Onderwerp', { exact: true }).selectOption('strategie');
    await count(page).getByText('0 acties van 3 · 1 te laat').waitFor();
    await page.getByLabel('Onderwerp', { exact: true }).selectOption('eigenaarschap');
    await count(page).getByText('1 actie van 3 · 1 te laat').waitFor();

    // Done: no longer overdue, and the statement it was for is offered again.
    const first = actions(page).first();
    await first.getByLabel('Status').focus();
    await first.getByLabel('Status').selectOption('klaar');
    await count(page).getByText('1 actie van 3').waitFor();
    assert.match(await page.evaluate(() => document.activeElement?.id), /^actie-.+-status$/, 'the focus stays on the status');
    assert.equal(await first.getByText('Te laat').count(), 0);
    const again = first.getByRole('link', { name: `Opnieuw beantwoorden: ${text}` });
    assert.deepEqual(await axeViolations(page), []);
    await again.click();
    await waitForHash(page, `#/zelfevaluatie/stelling/${B1}`);
    await page.waitForFunction((id) => document.activeElement?.id === `stelling-${id}`, B1);
    expectClean(page);
  });
});

test('an action from a recommendation and from a tip is for what it came from', async () => {
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url, '/resultaten');
    const recommendation = page.getByRole('region', { name: 'Aanbevolen volgende stappen' }).locator('li').first();
    const text = await recommendation.locator('.recommendation__statement').evaluate((p) => p.firstChild.textContent.trim());
    await recommendation.getByRole('link', { name: /^Actie maken/ }).click();
    await mainHeading(page).getByText(/^Actieplan: /).waitFor();
    assert.equal(await newForm(page).getByLabel('Wat gaan we doen?').inputValue(), text);
    await newForm(page).getByRole('button', { name: 'Actie toevoegen' }).click();
    await announced(page, 'Actie toegevoegd');

    // From the tips page: a link to this page's plan, with the tip and the statements that rest on it.
    await gotoApp(page, `${env.server.url}#/lees/tip-17`);
    const inAssessment = page.getByRole('region', { name: 'In de zelfevaluatie' });
    const citing = await inAssessment.getByRole('listitem').count();
    await inAssessment.getByRole('link', { name: 'Hiermee aan de slag: een actie maken in uw actieplan' }).click();
    await page.waitForURL(/zelfevaluatie\.html#\/zelfevaluatie\/actieplan\/nieuw\/tip\/tip-17$/);
    await newForm(page).waitFor();
    const title = 'Zorg ervoor dat het bestuur achter je staat';
    assert.equal(await newForm(page).getByLabel('Wat gaan we doen?').inputValue(), title);
    assert.equal(await newForm(page).getByRole('link', { name: title }).getAttribute('href'), './#/lees/tip-17');
    assert.equal(await newForm(page).getByRole('listitem').count(), citing + 1, 'the tip and every statement resting on it');
    await newForm(page).getByRole('button', { name: 'Actie toevoegen' }).click();
    await announced(page, 'Actie toegevoegd');
    const fromTip = (await planOf(page)).find((a) => a.what === title);
    assert.deepEqual(fromTip.for.tips, ['tip-17']);
    assert.equal(fromTip.for.statements.length, citing);
    assert.equal((await planOf(page)).length, 2, 'the recommendation\'s action is still there');

    // A link naming something the model does not know fills in nothing, and says so.
    await gotoApp(page, `${env.server.url}zelfevaluatie.html#/zelfevaluatie/actieplan/nieuw/stelling/bestaat.niet`);
    await newForm(page).getByText('De link noemt een stelling of tip die Digiwijzer hier niet kent.').waitFor();
    assert.equal(await newForm(page).getByLabel('Wat gaan we doen?').inputValue(), '');
    expectClean(page);
  });
});

test('edits save as typed or when leaving a field, a refused one shows what is kept, a deleted action comes back with undo, and the plan survives a reload and a file', async () => {
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url, '/actieplan');
    await newForm(page).getByLabel('Wat gaan we doen?').fill('Pilot met digitale afspraken');
    await newForm(page).getByRole('button', { name: 'Actie toevoegen' }).click();
    await announced(page, 'Actie toegevoegd');
    const item = actions(page).first();
    // An empty "what" is refused: the field shows what is kept again, and a notice says why.
    await item.getByLabel('Wat gaan we doen?').fill('');
    await item.getByLabel('Wat gaan we doen?').blur();
    await page.getByText('Mag niet leeg zijn.').waitFor();
    assert.equal(await item.getByLabel('Wat gaan we doen?').inputValue(), 'Pilot met digitale afspraken');
    await item.getByLabel('Wie doet het?').fill('Team KCC');
    await item.getByLabel('Wie doet het?').blur();
    // A note is saved as it is typed: a reload with the focus still in it loses nothing.
    await item.getByLabel('Notitie').fill('Eerst met de leverancier bellen.');
    await page.reload();
    await actions(page).first().waitFor();
    assert.equal(await actions(page).first().getByLabel('Wie doet het?').inputValue(), 'Team KCC');
    assert.equal(await actions(page).first().getByLabel('Notitie').inputValue(), 'Eerst met de leverancier bellen.');

    await actions(page).first().getByRole('button', { name: /^Actie verwijderen\W+Pilot met digitale afspraken$/ }).click();
    await announced(page, 'Actie verwijderd');
    await count(page).getByText(/^Nog geen acties/).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'actie-terugzetten');
    const kept = await planOf(page);
    assert.equal(kept.length, 1);
    assert.ok(kept[0].deleted > 0, 'kept as deleted, so another tab cannot bring back an old copy');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await announced(page, 'Actie teruggezet');
    await page.waitForFunction(() => /^actie-.+-wat$/.test(document.activeElement?.id ?? ''));
    await count(page).getByText('1 actie', { exact: true }).waitFor();
    assert.equal(await actions(page).first().getByLabel('Notitie').inputValue(), 'Eerst met de leverancier bellen.');

    await goToScreen(page, 'Exporteren en importeren');
    const { file } = await downloadExport(page);
    await withPage(env.browser, env.server.url + '#/zelfevaluatie/bestand', async (fresh) => {
      await importFile(fresh, file, 'nieuw');
      await goToScreen(fresh, 'Actieplan');
      await actions(fresh).first().waitFor();
      assert.equal(await actions(fresh).first().getByLabel('Wie doet het?').inputValue(), 'Team KCC');
      expectClean(fresh);
    });
    expectClean(page);
  });
});
