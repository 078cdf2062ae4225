// End to end: the printed report a management team gets. It names the organisation
// (from the theme), the assessment, the date and who took part; it starts with the
// levels against the ambition and the first actions, and ends with an appendix of every
// answer, note and evidence link. No label prints larger than what it labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectClean, startServer, withPage } from './harness.mjs';
import { useBrowser, copyDist, postbuild } from './support.mjs';
import { answer, statement, statementCount, openAssessment, goToScreen, announced, writeNoteAndLink } from './selfassessment.mjs';

const env = useBrowser();

test('the printed results carry who, what and when, a summary first, and an appendix with every answer', async () => {
  const build = copyDist();
  const themed = await startServer({ dir: build.dir });
  try {
    await postbuild(build.dir, { DIGIWIJZER_THEME: 'voorbeeldgemeente' });
    await withPage(env.browser, null, async (page) => {
      await openAssessment(page, themed.url);
      const statements = await statementCount(page);
      const first = await statement(page, 0).locator('legend').innerText();
      await answer(page, 0, 'Ja').check();
      await writeNoteAndLink(page, 0, { note: 'Besloten in de raad van maart.', link: 'https://gemeente.example/raadsbesluit-12' });
      await answer(page, 1, 'Nee').check();
      await goToScreen(page, 'Actieplan');
      await page.getByLabel('Wat gaan we doen?').first().fill('Digitale strategie opstellen');
      await page.getByLabel('Uiterlijk klaar op').first().fill('2999-06-30');
      await page.getByRole('button', { name: 'Actie toevoegen' }).click();
      await announced(page, 'Actie toegevoegd');
      await goToScreen(page, 'Resultaten');
      await page.getByRole('combobox', { name: 'Bestuurlijk eigenaarschap', exact: true }).selectOption('2');
      await announced(page, 'Opgeslagen');
      const participants = page.getByLabel('Wie deden mee? Dit komt bovenaan het afgedrukte rapport.');
      await participants.fill('Anna, Bas en Cem (MT)');
      await participants.blur();
      await announced(page, 'Opgeslagen');

      await page.emulateMedia({ media: 'print' });
      const report = page.locator('.results');
      const text = await report.innerText();
      assert.match(text, /^Resultaten: Mijn zelfevaluatie\n/);
      assert.match(text, /Gemeente Voorbeeld · Datum: \d{1,2} [a-z]+ \d{4} · Deelnemers: Anna, Bas en Cem \(MT\)/);
      // The summary first: levels against the ambition, then the first actions; the appendix last.
      const at = (heading) => text.indexOf(heading);
      const order = ['Niveau per onderwerp', 'Eerstvolgende acties', 'Aanbevolen volgende stappen', 'Bijlage: alle antwoorden'];
      assert.deepEqual(order.map(at).filter((i) => i >= 0), [...order.map(at)].sort((a, b) => a - b), 'in this order');
      assert.ok(order.every((h) => at(h) >= 0), order.join(', '));
      assert.match(text, /Ontwikkelend \(2\)/, 'the ambition is in the table');
      assert.match(text, /Digitale strategie opstellen · Gepland, uiterlijk 30 juni 2999/);
      // The appendix: a row for every statement, with the note and the link as text.
      const appendix = page.getByRole('region', { name: 'Bijlage: alle antwoorden, notities en bewijs' });
      assert.equal(await appendix.locator('tbody tr').count(), statements);
      const firstRow = appendix.getByRole('row').filter({ hasText: first });
      assert.match(await firstRow.innerText(), /Ja\s+Besloten in de raad van maart\.\s+Bewijs: https:\/\/gemeente\.example\/raadsbesluit-12/);
      // On paper: no forms, and no label larger than what it labels.
      for (const form of ['Uw ambitie per onderwerp', 'Deelnemers']) {
        assert.equal(await page.getByRole('heading', { name: form, exact: true }).isVisible(), false, `${form} is not printed`);
      }
      const larger = await page.evaluate(() =>
        [...document.querySelectorAll('.results table')].flatMap((table) => {
          const cell = table.querySelector('td');
          if (!cell) return [];
          const size = (e) => parseFloat(getComputedStyle(e).fontSize);
          return [...table.querySelectorAll('caption, th')].filter((label) => size(label) > size(cell)).map((l) => l.textContent);
        }),
      );
      assert.deepEqual(larger, []);
      await page.emulateMedia({ media: 'screen' });

      // The plan prints its actions, not its form.
      await goToScreen(page, 'Actieplan');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByRole('heading', { name: 'Nieuwe actie' }).isVisible(), false);
      assert.ok(await page.getByRole('heading', { name: 'Digitale strategie opstellen', level: 3 }).isVisible());
      await page.emulateMedia({ media: 'screen' });
      expectClean(page);
    });
  } finally {
    await themed.close();
    build.remove();
  }
});
