// End to end: what makes the self-assessment something a civil servant can check. Every
// statement shows the sentences it rests on and who says them; a level on its way shows
// how far; n.v.t. asks for a reason and is counted; statements that are no longer asked
// keep their answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectClean, gotoApp, mainHeading, waitForHash, withPage } from './harness.mjs';
import { useBrowser, axeViolations } from './support.mjs';
import { KEY, statement, answer, openAssessment, goToScreen, announced, eachDimension, openDimension, dimensionIndex } from './selfassessment.mjs';

const env = useBrowser();

const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** A fresh profile showing the checklist, passed to `fn`; closed afterwards. */
const withChecklist = (fn) =>
  withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url);
    return fn(page);
  });

/** The row of dimension `n` (1-based, as numbered in the chart) in the results table. */
const resultRow = (page, n) => page.getByRole('table', { name: 'Niveau, ambitie en voortgang per onderwerp' }).getByRole('row').nth(n);

test('every statement shows the sentences it rests on, who says them, and the passage they come from', async () => {
  await withChecklist(async (page) => {
    // One dimension at a time: every dimension's statements, each with a quote.
    let count = 0;
    await eachDimension(page, async (dimension) => {
      const here = await page.locator('fieldset.statement').count();
      for (let i = 0; i < here; i++) {
        assert.ok((await statement(page, i).locator('blockquote').count()) > 0, `${dimension}: statement ${i} has a quote`);
      }
      count += here;
    });
    assert.ok(count > 20, `${count} statements`);
    await openDimension(page, (await dimensionIndex(page).getByRole('link').first().innerText()).trim());
    // The first statement's first source: a quote from an example, with its speaker.
    const source = statement(page, 0).locator('.source').first();
    const quote = squash(await source.locator('blockquote').innerText());
    assert.match(await source.locator('.source__by').innerText(), /^[A-Z][^·]+, [^·]+ · Tip \d+: /, 'who says it, then where');
    const link = source.getByRole('link');
    assert.match(await link.getAttribute('href'), /^\.\/#\/lees\/tip-\d+\/[a-z0-9-]+$/);
    // Following it opens that passage on the tips page, and the quote is in it, word for word.
    await link.click();
    await waitForHash(page, /^#\/lees\//);
    await mainHeading(page).waitFor();
    // The document page gives each example and section the id `anker-<slug>`.
    const anchor = `anker-${decodeURIComponent(new URL(page.url()).hash).split('/').pop()}`;
    const passage = page.locator(`[id="${anchor}"]`);
    await passage.waitFor();
    assert.ok(squash(await passage.innerText()).includes(quote), 'the quote is in the cited passage');
    expectClean(page);
  });
});

test('a level on its way shows how far, in the table and in the chart', async () => {
  await withChecklist(async (page) => {
    // Every statement of the first dimension's first level "ja", but the last "deels".
    const firstLevel = page.locator('.dimension').first().locator('.level').first().locator('fieldset.statement');
    const n = await firstLevel.count();
    assert.ok(n >= 2, 'a level of at least two statements');
    for (let i = 0; i < n; i++) {
      await firstLevel.nth(i).getByLabel(i === n - 1 ? 'Deels' : 'Ja', { exact: true }).check();
    }
    await announced(page, 'Opgeslagen');
    const status = page.locator('.dimension').first().locator('.dimension__status');
    assert.match(await status.innerText(), /Nog geen niveau \(0\/4\), \d+% van Beginnend/);
    await goToScreen(page, 'Resultaten');
    const percent = Math.round((100 * (2 * (n - 1) + 1)) / (2 * n));
    assert.match(await resultRow(page, 1).innerText(), new RegExp(`Nog geen niveau \\(0/4\\), ${percent}% van Beginnend`));
    // The chart draws the dimension part of the way out, not at the centre.
    const shape = await page.locator('polygon.radar__shape').getAttribute('points');
    const [first, second] = shape.split(' ');
    assert.equal(second, '280,165', 'an untouched dimension is at the centre');
    assert.notEqual(first, second, 'the first axis is not at the centre');
    assert.match(await page.getByRole('img', { name: /Radardiagram/ }).getAttribute('aria-label'), /van Beginnend/);
    expectClean(page);
  });
});

test('n.v.t. asks for a reason, and the results count it per dimension', async () => {
  await withChecklist(async (page) => {
    await answer(page, 0, 'N.v.t.').check();
    await announced(page, 'Opgeslagen. Schrijf bij de notitie kort waarom dit niet van toepassing is.');
    // The note opens with the question; it goes once a reason is written.
    const note = statement(page, 0).getByLabel('Notitie');
    await note.waitFor();
    const reason = statement(page, 0).locator('.statement__reason');
    assert.match(await reason.innerText(), /waarom dit niet van toepassing is/);
    assert.equal((await note.getAttribute('aria-describedby')).split(' ')[0], await reason.getAttribute('id'));
    assert.deepEqual(await axeViolations(page), []);
    await note.fill('Wij hebben geen eigen balie; dat doet de regio.');
    await page.waitForFunction(() => document.querySelector('.statement__reason')?.textContent === '');
    assert.match(await page.locator('.dimension').first().locator('.dimension__status').innerText(), /1 stelling n\.v\.t\./);
    await goToScreen(page, 'Resultaten');
    assert.match(await resultRow(page, 1).innerText(), /1 stelling n\.v\.t\./);
    expectClean(page);
  });
});

test('statements that are no longer asked keep their answers in a list of their own', async () => {
  await withPage(env.browser, env.server.url + '#/toegankelijkheid', async (page) => {
    // Stored by a release whose model still asked eigenaarschap.k3 (now retired).
    const stored = { version: 1, answers: { 'eigenaarschap.k3': 'ja' } };
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(stored)]);
    await gotoApp(page, env.server.url + 'zelfevaluatie.html#/zelfevaluatie');
    const retired = page.getByRole('region', { name: 'Vervallen stellingen' });
    await retired.waitFor();
    assert.match(await retired.innerText(), /Uw antwoord: Ja/);
    assert.match(await page.locator('.overall__text').innerText(), /\b0 van \d+ stellingen beantwoord/, 'it counts in no score');
    // Said at the top, so a returning user does not think the work is gone.
    const notice = page.locator('.checklist > .notice').filter({ hasText: 'niet meer wordt gesteld' });
    assert.match(await notice.innerText(), /Eén antwoord hoort bij een stelling die niet meer wordt gesteld\. Het is bewaard\./);
    assert.deepEqual(await axeViolations(page), []);
    await notice.getByRole('button', { name: 'Naar de vervallen stellingen' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'vervallen-kop');
    // A link from an older page to that statement says where its answer went.
    await gotoApp(page, env.server.url + 'zelfevaluatie.html#/zelfevaluatie/stelling/eigenaarschap.k3');
    await page.getByRole('status').filter({ hasText: 'wordt niet meer gesteld' }).waitFor();
    expectClean(page);
  });
});

test('a tip shows the statements that rest on it, and each link opens that statement in the self-assessment', async () => {
  await withPage(env.browser, env.server.url + '#/lees/tip-76', async (page) => {
    await mainHeading(page).waitFor();
    const section = page.getByRole('region', { name: 'In de zelfevaluatie' });
    await section.waitFor();
    const links = section.getByRole('link');
    assert.ok((await links.count()) > 1, 'tip 76 backs several statements');
    const first = links.first();
    const text = squash(await first.innerText());
    assert.match(await first.getAttribute('href'), /^zelfevaluatie\.html#\/zelfevaluatie\/stelling\/[a-z]+\.[bogk]\d+$/);
    assert.deepEqual(await axeViolations(page), []);
    await first.click();
    await page.waitForURL(/zelfevaluatie\.html#\/zelfevaluatie\/stelling\//);
    // The statement is the one the tip named, and the first of its answers has focus.
    await page.waitForFunction(() => document.activeElement?.closest('fieldset.statement'));
    const legend = await page.evaluate(() => document.activeElement.closest('fieldset.statement').querySelector('legend').textContent);
    assert.equal(squash(legend), text);
    expectClean(page);
  });
});

test('people an article quotes in its running text are named there and have a page of their own', async () => {
  await withPage(env.browser, env.server.url + '#/lees/wat-vraagt-selfservice', async (page) => {
    await mainHeading(page).waitFor();
    const speakers = page.locator('.document__section .attribution').first();
    assert.match(await speakers.innerText(), /^Aan het woord: Sanne Schwarte \(gemeente Weert\); Inge Sauvé \(projectleider dienstverlening, gemeente Helmond\)/);
    await speakers.getByRole('link', { name: 'Inge Sauvé' }).click();
    await waitForHash(page, /^#\/persoon\/inge-sauve$/);
    await mainHeading(page).filter({ hasText: 'Inge Sauvé' }).waitFor();
    assert.match(await page.locator('main').innerText(), /2 passages in artikelen/);
    const passages = page.getByRole('link', { name: /^Lees wat er staat in/ });
    assert.equal(await passages.count(), 2, 'both passages that quote her');
    assert.deepEqual(await axeViolations(page), []);
    await passages.first().click();
    await waitForHash(page, /^#\/lees\/wat-vraagt-selfservice\/management-en-directie-gpsc17$/);
    expectClean(page);
  });
});

test('a source that stops halfway says so, and a partner page keeps its provenance', async () => {
  await withPage(env.browser, env.server.url + '#/lees/het-dna-van-dienstverlening', async (page) => {
    await mainHeading(page).waitFor();
    assert.match(await page.locator('article.document').innerText(), /vaster in\s+Hier houdt de tekst midden in een zin op\./);
    await gotoApp(page, env.server.url + '#/lees/wat-vraagt-selfservice');
    await page.locator('.byline').waitFor();
    assert.equal(await page.locator('.byline').innerText(), 'Partnerpagina PinkRoccade Local Government');
    expectClean(page);
  });
});
