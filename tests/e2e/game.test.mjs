// End to end: the Optimaal Digitaal game on one screen. A goal, every card sorted with
// keys 1 to 4 (no mouse, no dragging), undo, at most three picks from "meer doen", which
// become actions in the plan for the tip and the statements that rest on it; a reload
// mid-round resumes at the same card; played rounds are listed and print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectClean, withPage } from './harness.mjs';
import { useBrowser, axeViolations } from './support.mjs';
import { activeOf, stored, openAssessment, goToScreen } from './selfassessment.mjs';

const env = useBrowser();

const card = (page) => page.getByRole('article');
const cardTitle = (page) => card(page).getByRole('heading', { level: 3 });
const progress = (page) => page.locator('.game__progress');
const said = (page) => page.locator('.game__round [role=status]');
const roundOf = async (page) => Object.values(activeOf(await stored(page))?.rounds ?? {})[0];

/** Starts a round with `goal` by keyboard only; returns the number of cards. */
async function startRound(page, goal) {
  await openAssessment(page, env.server.url, '/spel');
  await page.getByLabel('Doel van dit spel').focus();
  await page.keyboard.type(goal);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'spel-kaart');
  const [, of] = (await progress(page).innerText()).match(/^Kaart 1 van (\d+)$/);
  return Number(of);
}

test('a full round by keyboard only: every card sorted with keys, undo, three picks, and actions in the plan', async () => {
  await withPage(env.browser, null, async (page) => {
    const n = await startRound(page, 'Meer inwoners online helpen');
    assert.ok(n >= 4, `${n} cards`);
    assert.deepEqual(await axeViolations(page), []);
    const first = await cardTitle(page).innerText();

    // Key 3 is "meer doen"; the screen reader hears where the card went and the next one.
    await page.keyboard.press('3');
    await progress(page).getByText(`Kaart 2 van ${n}`).waitFor();
    const second = await cardTitle(page).innerText();
    assert.equal(await said(page).innerText(), `‘${first}’ ligt bij Meer doen. Kaart 2 van ${n}: ‘${second}’.`);
    assert.match(await page.getByRole('button', { name: /Meer doen/ }).innerText(), /\(1 kaart\)/);

    // Undo brings the same card back; then sort: meer, meer, meer, meer, and the rest "leg weg".
    await page.getByRole('button', { name: 'Vorige kaart terugnemen' }).focus();
    await page.keyboard.press('Enter');
    await progress(page).getByText(`Kaart 1 van ${n}`).waitFor();
    assert.equal(await cardTitle(page).innerText(), first);
    await cardTitle(page).focus();
    for (let i = 0; i < n; i++) {
      await page.keyboard.press(i < 4 ? '3' : '4');
      if (i < n - 1) await progress(page).getByText(`Kaart ${i + 2} van ${n}`).waitFor();
    }
    const pick = page.getByRole('heading', { name: 'Kies uit ‘Meer doen’' });
    await page.waitForFunction(() => document.activeElement?.id === 'spel-kiezen');
    assert.equal(await pick.count(), 1);
    assert.match(await said(page).innerText(), /Alle kaarten liggen op een stapel/);

    // Pick three with the space bar; a fourth is refused, with a message.
    const boxes = page.getByRole('checkbox');
    assert.equal(await boxes.count(), 4, 'the four on "meer doen"');
    for (let i = 0; i < 4; i++) {
      await boxes.nth(i).focus();
      await page.keyboard.press('Space');
    }
    await page.getByRole('alert').getByText('U kunt hoogstens 3 kaarten kiezen.').waitFor();
    assert.deepEqual(await Promise.all([0, 1, 2, 3].map((i) => boxes.nth(i).isChecked())), [true, true, true, false]);
    const round = await roundOf(page);
    assert.equal(round.picks.length, 3);
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('button', { name: 'Spel afronden en 3 acties maken' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'spel-eerder-kop');
    const earlier = page.getByRole('region', { name: 'Gespeelde spellen' });
    assert.match(await earlier.innerText(), /Doel: Meer inwoners online helpen/);
    assert.match(await earlier.innerText(), /Meer doen: 4 · Leg weg: \d+/);

    // The picks are actions, for their tip and the statements that rest on it, with the goal.
    const actions = Object.values(activeOf(await stored(page)).actions);
    assert.equal(actions.length, 3);
    assert.deepEqual(actions.map((a) => a.for.tips[0]).sort(), [...round.picks].sort());
    assert.ok(actions.every((a) => a.note.includes('Meer inwoners online helpen')));
    await goToScreen(page, 'Actieplan');
    await page.getByText('3 acties', { exact: true }).waitFor();
    expectClean(page);
  });
});

test('a reload mid-round resumes at the same card with the same piles', async () => {
  await withPage(env.browser, null, async (page) => {
    const n = await startRound(page, 'Snellere vergunningen');
    await page.keyboard.press('1');
    await progress(page).getByText(`Kaart 2 van ${n}`).waitFor();
    await page.keyboard.press('2');
    await progress(page).getByText(`Kaart 3 van ${n}`).waitFor();
    const third = await cardTitle(page).innerText();
    await page.reload();
    await progress(page).getByText(`Kaart 3 van ${n}`).waitFor();
    assert.equal(await cardTitle(page).innerText(), third);
    assert.match(await page.getByRole('button', { name: /Minder doen of stoppen/ }).innerText(), /\(1 kaart\)/);
    assert.match(await page.getByRole('button', { name: /Blijven doen/ }).innerText(), /\(1 kaart\)/);
    assert.equal(await page.getByRole('heading', { name: 'Doel: Snellere vergunningen' }).count(), 1);
    // The keys work only with the focus in the card's part of the screen (WCAG 2.1.4).
    await page.getByRole('link', { name: 'Resultaten', exact: true }).focus();
    await page.keyboard.press('3');
    await cardTitle(page).focus();
    assert.equal(await progress(page).innerText(), `Kaart 3 van ${n}`);
    assert.equal((await roundOf(page)).sorted.length, 2);
    expectClean(page);
  });
});

test('a round with nothing on "meer doen" ends without actions, and played rounds print', async () => {
  await withPage(env.browser, null, async (page) => {
    const n = await startRound(page, 'Alles laten zoals het is');
    for (let i = 0; i < n; i++) {
      await page.keyboard.press('2');
      if (i < n - 1) await progress(page).getByText(`Kaart ${i + 2} van ${n}`).waitFor();
    }
    await page.getByText('Er ligt geen kaart op ‘Meer doen’.').waitFor();
    await page.getByRole('button', { name: 'Spel afronden zonder acties' }).click();
    await page.getByRole('region', { name: 'Gespeelde spellen' }).getByText('Geen kaarten gekozen.').waitFor();
    assert.equal(activeOf(await stored(page)).actions, undefined, 'no action made');
    // A new round can start at once.
    assert.equal(await page.getByLabel('Doel van dit spel').count(), 1);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByLabel('Doel van dit spel').isVisible(), false, 'the form does not print');
    assert.ok(await page.getByText('Doel: Alles laten zoals het is').isVisible(), 'the round prints');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(await axeViolations(page), []);
    expectClean(page);
  });
});
