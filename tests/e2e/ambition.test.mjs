// End to end: from a score to where the team wants to be. An ambition per dimension is
// chosen on the results screen, kept and exported with the assessment, drawn on the chart
// and counted in the table; the chart names its axes and rings and can show an earlier
// snapshot; on a phone the table scrolls inside its box, with a cue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectClean, withPage } from './harness.mjs';
import { useBrowser, axeViolations } from './support.mjs';
import { activeOf, answer, stored, openAssessment, goToScreen, announced, downloadExport, importFile } from './selfassessment.mjs';

const env = useBrowser();

const TABLE = 'Niveau, ambitie en voortgang per onderwerp';
const table = (page) => page.getByRole('table', { name: TABLE });
/** The row of dimension `n` (1-based, in model order) in the results table. */
const row = (page, n) => table(page).getByRole('row').nth(n);
const ambitionOf = (page, dimension) => page.getByRole('combobox', { name: dimension, exact: true });
/** The chart's markers (not the legend's): ambition squares, snapshot circles. */
const chartMarkers = (page, shape) => page.locator(`svg.radar__svg ${shape}.radar__marker`);

/**
 * Answers the first level of the first dimension "ja", so it is at level 1, then opens the
 * results. Returns how many statements each level of that dimension has, as the checklist shows them.
 */
async function firstLevelDone(page) {
  const levels = page.locator('.dimension').first().locator('.level');
  const perLevel = await levels.evaluateAll((list) => list.map((l) => l.querySelectorAll('fieldset.statement').length));
  const firstLevel = levels.first().locator('fieldset.statement');
  for (let i = 0; i < perLevel[0]; i++) await firstLevel.nth(i).getByLabel('Ja', { exact: true }).check();
  await announced(page, 'Opgeslagen');
  await goToScreen(page, 'Resultaten');
  return perLevel;
}

test('an ambition is chosen per dimension, kept, counted against the level and put first in the recommendations', async () => {
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url);
    const perLevel = await firstLevelDone(page);
    assert.equal(perLevel.length, 4);
    assert.equal(await page.getByText(/^Ambitie: .*bereikt/).count(), 0, 'no ambition, no ambition figure');
    assert.equal(await chartMarkers(page, 'rect').count(), 0);
    // The weakest dimension without an ambition comes first: not the first dimension (it is at level 1).
    const firstRecommendation = page.getByRole('region', { name: 'Aanbevolen volgende stappen' }).getByRole('heading', { level: 3 }).first();
    assert.doesNotMatch(await firstRecommendation.innerText(), /^Bestuurlijk eigenaarschap/);

    // The first dimension wants "Gevorderd": it is at level 1, so it now leads.
    const select = ambitionOf(page, 'Bestuurlijk eigenaarschap');
    await select.focus();
    await select.selectOption({ label: 'Gevorderd (3)' });
    await announced(page, 'Opgeslagen');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ambitie-eigenaarschap', 'the focus stays on the choice');
    assert.match(await firstRecommendation.innerText(), /^Bestuurlijk eigenaarschap: op weg naar ‘Ontwikkelend’ \(uw ambitie: ‘Gevorderd’\)/);
    const cells = await row(page, 1).getByRole('cell').allInnerTexts();
    assert.equal(cells[2], 'Gevorderd (3)', 'the ambition column');
    // The way to the ambition counts the statements of levels 1 to 3 the page shows.
    const percent = Math.round((100 * perLevel[0]) / (perLevel[0] + perLevel[1] + perLevel[2]));
    assert.equal(cells[3], `${percent}%`, 'the way to the ambition');
    assert.match(await page.getByText(/^Ambitie: .*bereikt/).innerText(), new RegExp(`^Ambitie: ${percent}% bereikt \\(over 1 onderwerp met een ambitie\\)$`));
    assert.equal(await chartMarkers(page, 'rect').count(), 1, 'one ambition marker on the chart');
    assert.match(await page.getByRole('img', { name: /Radardiagram/ }).getAttribute('aria-label'), /Bestuurlijk eigenaarschap: [^;]*, ambitie Gevorderd \(3\)/);
    assert.equal(activeOf(await stored(page)).ambitions.eigenaarschap.level, 3, 'stored with the assessment');

    // A second ambition, reached already: "bereikt", and a dashed side joins the two neighbours.
    await ambitionOf(page, 'Digitale strategie').selectOption({ label: 'Nog geen niveau (0)' });
    await announced(page, 'Opgeslagen');
    assert.equal((await row(page, 2).getByRole('cell').allInnerTexts())[3], 'bereikt');
    assert.equal(await page.locator('svg.radar__svg line.radar__ambition').count(), 1, 'neighbours with an ambition are joined');
    assert.equal(await page.getByRole('list').filter({ hasText: 'Ambitie (streepjeslijn met vierkantjes)' }).count(), 1, 'the legend names it');

    // A reload shows the same choices; clearing one removes it from the table.
    await page.reload();
    await table(page).waitFor();
    assert.equal(await ambitionOf(page, 'Bestuurlijk eigenaarschap').inputValue(), '3');
    await ambitionOf(page, 'Digitale strategie').selectOption({ label: 'Geen ambitie gekozen' });
    await announced(page, 'Opgeslagen');
    assert.equal((await row(page, 2).getByRole('cell').allInnerTexts())[2], '–');
    assert.equal(activeOf(await stored(page)).ambitions.strategie.level, undefined, 'cleared, with its time kept');
    assert.deepEqual(await axeViolations(page), []);
    expectClean(page);
  });
});

test('the chart names its axes and rings, and draws a chosen snapshot beside the level now', async () => {
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url);
    // One answer first: a snapshot of nothing answered is refused.
    await answer(page, 0, 'Nee').check();
    await announced(page, 'Opgeslagen');
    await page.getByRole('button', { name: 'Stand van vandaag bewaren' }).click();
    await announced(page, 'Stand bewaard');
    await firstLevelDone(page);
    const names = await page.locator('svg.radar__svg text.radar__name').allTextContents();
    const dimensions = await table(page).getByRole('rowheader').count();
    assert.equal(names.length, dimensions, 'every axis is named');
    assert.ok(names.includes('Eigenaarschap') && names.every((n) => n.length <= 16), names.join(', '));
    assert.deepEqual(await page.locator('svg.radar__svg text.radar__level').allTextContents(), ['1', '2', '3', '4']);
    // Every name lies inside the drawing, so none is cut off.
    const outside = await page.evaluate(() => {
      const svg = document.querySelector('svg.radar__svg');
      const { width, height } = svg.viewBox.baseVal;
      return [...svg.querySelectorAll('text')].filter((t) => {
        const b = t.getBBox();
        return b.x < 0 || b.y < 0 || b.x + b.width > width || b.y + b.height > height;
      }).map((t) => t.textContent);
    });
    assert.deepEqual(outside, []);

    const compare = page.getByRole('combobox', { name: 'Vergelijk met' });
    assert.equal(await page.locator('svg.radar__svg polygon.radar__then').count(), 0);
    const first = (await compare.getByRole('option').allTextContents()).find((o) => o.startsWith('stand 1 ('));
    await compare.focus();
    await compare.selectOption({ label: first });
    // Taken with one answer nee: every point at the centre, so the outline has no area to see.
    await page.locator('svg.radar__svg polygon.radar__then').waitFor({ state: 'attached' });
    assert.equal(await chartMarkers(page, 'circle').count(), dimensions, 'one circle per axis');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'vergelijk', 'the focus stays on the choice');
    const header = await table(page).getByRole('columnheader').allInnerTexts();
    assert.ok(header.some((h) => /^Niveau bij stand 1 \(/.test(h)), header.join(' | '));
    // The snapshot was taken at one answer nee: level 0 there, level 1 now.
    const cells = await row(page, 1).getByRole('cell').allInnerTexts();
    assert.equal(cells[4], 'Nog geen niveau (0)');
    assert.match(cells[1], /^Beginnend \(1\/4\)/);
    assert.deepEqual(await axeViolations(page), []);
    expectClean(page);
  });
});

test('on a phone the results table scrolls inside its box with a cue, and the page itself does not', async () => {
  for (const width of [375, 320]) {
    await withPage(
      env.browser,
      null,
      async (page) => {
        await openAssessment(page, env.server.url, '/resultaten');
        await table(page).waitFor();
        const sizes = await page.evaluate(() => {
          const box = document.querySelector('.table-scroll');
          return { page: document.documentElement.scrollWidth, view: window.innerWidth, inner: box.scrollWidth, box: box.clientWidth };
        });
        assert.ok(sizes.page <= sizes.view, `${width}px: the page does not scroll sideways (${sizes.page} > ${sizes.view})`);
        if (sizes.inner > sizes.box) {
          assert.ok(await page.getByText('Schuif de tabel opzij om alle kolommen te zien.').isVisible(), `${width}px: a visible cue`);
          const region = page.getByRole('region', { name: TABLE });
          await region.focus();
          await page.keyboard.press('ArrowRight');
          await page.waitForFunction(() => document.querySelector('.table-scroll').scrollLeft > 0);
        }
        assert.deepEqual(await axeViolations(page), []);
        expectClean(page);
      },
      { viewport: { width, height: 740 } },
    );
  }
});

test('ambitions survive export and import into a fresh browser profile', async () => {
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url, '/resultaten');
    await ambitionOf(page, 'Digitale strategie').selectOption({ label: 'Ontwikkelend (2)' });
    await announced(page, 'Opgeslagen');
    await goToScreen(page, 'Exporteren en importeren');
    const { file } = await downloadExport(page);

    await withPage(env.browser, env.server.url + '#/zelfevaluatie/bestand', async (fresh) => {
      await importFile(fresh, file, 'nieuw');
      await goToScreen(fresh, 'Resultaten');
      assert.equal(await ambitionOf(fresh, 'Digitale strategie').inputValue(), '2');
      assert.equal((await row(fresh, 2).getByRole('cell').allInnerTexts())[2], 'Ontwikkelend (2)');
      assert.equal(activeOf(await stored(fresh)).ambitions.strategie.level, 2);
      expectClean(fresh);
    });
    expectClean(page);
  });
});
