// End to end: the checklist as a civil servant on a phone uses it. One dimension at a
// time, each at its own address (Back goes to the previous one, a link to a statement
// opens its dimension); the progress stays in view while scrolling without covering what
// has focus; the sources are quieter than the statement; one storage warning at a time;
// and "Stand van vandaag bewaren" says why it does nothing when a snapshot would be pointless.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterTwoFrames, expectClean, waitForHash, withContext, withPage } from './harness.mjs';
import { useBrowser, axeViolations } from './support.mjs';
import {
  KEY, BACKUP_PREFIX, B1, activeOf, stored, statement, answer, answered, announced, openAssessment, goToScreen,
  dimensionIndex, openDimension,
} from './selfassessment.mjs';

const env = useBrowser();

const PHONE = { viewport: { width: 320, height: 640 } };
const dimensionHeading = (page) => page.locator('.dimension h2');
const focusedStatement = (page) => page.evaluate(() => document.activeElement?.closest('fieldset.statement')?.id ?? null);

test('the checklist shows one dimension at a time; the list, Back and "Volgend onderwerp" move between them', async () => {
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url);
    const links = await dimensionIndex(page).getByRole('link').allInnerTexts();
    assert.ok(links.length >= 8, links.join(', '));
    assert.equal(await page.locator('.dimension').count(), 1, 'one dimension on the page');
    assert.equal(await dimensionHeading(page).innerText(), links[0]);
    assert.equal(await dimensionIndex(page).getByRole('link', { name: links[0] }).getAttribute('aria-current'), 'step');
    const first = await page.locator('fieldset.statement').count();
    assert.ok(first >= 4 && first < 30, `${first} statements, not the whole list`);
    await answer(page, 0, 'Ja').check();
    await answered(page, 1);

    await openDimension(page, links[1]);
    await waitForHash(page, /^#\/zelfevaluatie\/onderwerp\/[a-z]+$/);
    assert.equal(await page.locator(`[id="stelling-${B1}"]`).count(), 0, 'the first dimension is gone');
    assert.equal(await dimensionIndex(page).getByRole('link', { name: links[1] }).getAttribute('aria-current'), 'step');
    assert.match(await page.locator('.dimension__position').innerText(), /^Onderwerp 2 van \d+$/);
    // The progress counts every dimension, and the list says where the answer is.
    await answered(page, 1);
    assert.match(await dimensionIndex(page).getByRole('listitem').first().innerText(), /\(1 van \d+ beantwoord\)/);
    assert.deepEqual(await axeViolations(page), []);

    await page.goBack();
    await page.locator(`[id="stelling-${B1}"]`).waitFor();
    assert.equal(await answer(page, 0, 'Ja').isChecked(), true, 'the answer is still there');

    // "Volgend onderwerp" at the end leads on, and the last one leads to the results.
    await page.getByRole('link', { name: `Volgend onderwerp: ${links[1]}` }).click();
    await page.waitForFunction((n) => document.activeElement?.textContent.trim() === n, links[1]);
    await page.goto(`${env.server.url}zelfevaluatie.html#/zelfevaluatie/onderwerp/${new URL(page.url()).hash.split('/').pop()}`);
    await openDimension(page, links.at(-1));
    assert.equal(await page.getByRole('link', { name: /^Volgend onderwerp/ }).count(), 0);
    await page.getByRole('link', { name: /Bekijk de resultaten$/ }).click();
    await waitForHash(page, '#/zelfevaluatie/resultaten');
    expectClean(page);
  });
});

test('a link to a statement in another dimension opens that dimension with the statement focused', async () => {
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url, '/stelling/strategie.b4');
    await page.waitForFunction(() => document.activeElement?.closest('fieldset.statement'));
    assert.equal(await focusedStatement(page), 'stelling-strategie.b4');
    assert.equal(await dimensionHeading(page).innerText(), 'Digitale strategie');
    assert.equal(await page.locator(`[id="stelling-${B1}"]`).count(), 0, 'not the first dimension');
    assert.equal(await dimensionIndex(page).getByRole('link', { name: 'Digitale strategie' }).getAttribute('aria-current'), 'step');
    // It is in view, below the progress bar that stays on top.
    const [bar, field] = await Promise.all([page.locator('.overall').boundingBox(), page.locator('[id="stelling-strategie.b4"]').boundingBox()]);
    assert.ok(field.y >= bar.y + bar.height - 1, `the statement (${field.y}) is below the bar (${bar.y + bar.height})`);
    assert.deepEqual(await axeViolations(page), []);

    // A link to a dimension that does not exist says so and shows the first one.
    await page.goto(`${env.server.url}zelfevaluatie.html#/zelfevaluatie/onderwerp/bestaat-niet`);
    await page.getByText('Het onderwerp uit de link staat niet in de zelfevaluatie.').waitFor();
    await page.locator(`[id="stelling-${B1}"]`).waitFor();
    expectClean(page);
  });
});

test('at 320 px the progress stays in view while scrolling, and never covers what has focus', async () => {
  await withPage(
    env.browser,
    null,
    async (page) => {
      await openAssessment(page, env.server.url);
      const bar = page.locator('.overall');
      const count = await page.locator('fieldset.statement').count();
      const last = statement(page, count - 1);
      await last.scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 400);
      assert.ok(await page.evaluate(() => window.scrollY > 2000), 'scrolled far down');
      const box = await bar.boundingBox();
      assert.ok(box.y >= -1 && box.y <= 1, `the progress is at the top of the screen (y ${box.y})`);
      assert.ok(box.height < 110, `and low (${box.height} px)`);
      await answer(page, count - 1, 'Deels').check();
      await answered(page, 1);
      assert.match(await bar.innerText(), /1 van \d+ stellingen beantwoord/);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling at 320 px');

      // Back up with Shift+Tab: each field that gets focus ends up clear of the bar.
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Shift+Tab');
        const clear = () =>
          page.waitForFunction(() => {
            const bar = document.querySelector('.overall').getBoundingClientRect();
            const r = document.activeElement.getBoundingClientRect();
            return (r.width === 0 && r.height === 0) || r.top >= bar.bottom - 1;
          }, null, { timeout: 3000 });
        await clear().catch(async () => {
          const what = await page.evaluate(() => `${document.activeElement.outerHTML.slice(0, 80)} at ${document.activeElement.getBoundingClientRect().top}`);
          assert.fail(`focus on ${what} stays hidden under the progress`);
        });
      }
      assert.deepEqual(await axeViolations(page), []);
      expectClean(page);
    },
    PHONE,
  );
});

test('the sources are quieter than the statement they back, and still readable', async () => {
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url);
    const style = (locator) => locator.evaluate((e) => {
      const c = getComputedStyle(e);
      return { size: parseFloat(c.fontSize), weight: Number(c.fontWeight), color: c.color };
    });
    const legend = await style(statement(page, 0).locator('legend'));
    const link = await style(statement(page, 0).locator('.source__by a').first());
    const body = await style(page.locator('.lead'));
    assert.ok(link.size < legend.size, `source link ${link.size}px, statement ${legend.size}px`);
    assert.ok(link.weight < legend.weight, 'not as bold as the statement');
    assert.notEqual(link.color, body.color, 'in the muted colour');
    // axe checks the muted colour's contrast (AA) on every statement's sources.
    assert.deepEqual(await axeViolations(page), []);
    expectClean(page);
  });
});

/** The storage notices a user can see right now, by their text. */
const storageNotices = (page) =>
  page.locator('.storage-notices').locator('.notice, .storage-status').evaluateAll((list) =>
    list.filter((e) => e.getClientRects().length > 0 && e.textContent.trim() !== '').map((e) => e.textContent.trim().slice(0, 60)),
  );

test('one storage warning at a time: the export reminder covers the browser not promising to keep the data', async () => {
  // The browser does not promise to keep the data (what Chromium says to a site used a few times).
  const init = () => {
    navigator.storage.persisted = async () => false;
    navigator.storage.persist = async () => {
      window.persistAsked = true;
      return false;
    };
  };
  await withContext(
    env.browser,
    async ({ newPage }) => {
      const page = await newPage();
      await openAssessment(page, env.server.url);
      await page.locator('.storage-status').filter({ hasText: 'mag deze gegevens wissen' }).waitFor();
      assert.equal((await storageNotices(page)).length, 1, 'before any answer: only the browser\'s answer');

      await answer(page, 0, 'Ja').check();
      await announced(page, 'Opgeslagen');
      await page.waitForFunction(() => window.persistAsked === true);
      await page.locator('.export-reminder').waitFor();
      await afterTwoFrames(page);
      assert.deepEqual((await storageNotices(page)).map((t) => t.slice(0, 20)), ['U hebt antwoorden di'], 'one warning, the reminder');
      assert.deepEqual(await axeViolations(page), []);
      expectClean(page);
    },
    { init },
  );
});

test('one storage warning at a time: unreadable data that could not be backed up is one notice, not two', async () => {
  // Unreadable data in storage, and no room for its backup: nothing may be written.
  const init = ([key, prefix]) => {
    if (!sessionStorage.getItem('opgezet')) {
      sessionStorage.setItem('opgezet', '1');
      localStorage.setItem(key, '{ kapot');
    }
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k.startsWith(prefix)) throw new DOMException('vol', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
  };
  await withContext(
    env.browser,
    async ({ newPage }) => {
      const page = await newPage();
      await openAssessment(page, env.server.url);
      const notice = page.locator('.unreadable');
      await notice.filter({ hasText: 'Apart bewaren is niet gelukt' }).waitFor();
      assert.equal(await page.locator('.not-kept').count(), 0, 'no second notice saying nothing is kept');
      await answer(page, 0, 'Ja').check();
      await announced(page, 'Gewijzigd, maar niet bewaard: deze browser slaat niets op');
      assert.equal((await storageNotices(page)).length, 1, (await storageNotices(page)).join(' | '));
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), '{ kapot', 'the unreadable data is untouched');
      assert.deepEqual(await axeViolations(page), []);
      expectClean(page);
    },
    { init, initArg: [KEY, BACKUP_PREFIX] },
  );
});

test('no snapshot at 0 % or twice today with the same score, and the button says why', async () => {
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url, '/resultaten');
    const button = page.getByRole('button', { name: 'Stand van vandaag bewaren' });
    await button.waitFor();
    const why = page.locator('.snapshot__why');
    // Nothing answered: the button is there, says it does nothing, and why (read with it).
    assert.equal(await button.getAttribute('aria-disabled'), 'true');
    assert.match(await why.innerText(), /minstens één stelling/);
    assert.equal(await button.getAttribute('aria-describedby'), await why.getAttribute('id'));
    assert.deepEqual(await axeViolations(page), []);
    // Playwright will not click a button marked as doing nothing; a keyboard user can press it.
    await button.focus();
    await page.keyboard.press('Enter');
    await afterTwoFrames(page);
    assert.equal(activeOf(await stored(page))?.snapshots?.length ?? 0, 0, 'no snapshot of nothing');

    await goToScreen(page, 'Invullen');
    await answer(page, 0, 'Ja').check();
    await announced(page, 'Opgeslagen');
    await goToScreen(page, 'Resultaten');
    assert.equal(await button.getAttribute('aria-disabled'), null, 'something answered: it can be taken');
    assert.equal(await why.innerText(), '');
    await button.click();
    await announced(page, 'Stand bewaard');
    assert.equal(activeOf(await stored(page)).snapshots.length, 1);

    // The same score again today: refused, and said so.
    await page.locator('.snapshot__why').filter({ hasText: /vandaag al bewaard/ }).waitFor();
    assert.equal(await button.getAttribute('aria-disabled'), 'true');
    await button.focus();
    await page.keyboard.press('Enter');
    await afterTwoFrames(page);
    assert.equal(activeOf(await stored(page)).snapshots.length, 1, 'no copy of the same score');
    assert.deepEqual(await axeViolations(page), []);

    // Once the score moves, a new one can be taken the same day.
    await goToScreen(page, 'Invullen');
    await answer(page, 1, 'Ja').check();
    await announced(page, 'Opgeslagen');
    await goToScreen(page, 'Resultaten');
    assert.equal(await button.getAttribute('aria-disabled'), null);
    await button.click();
    await announced(page, 'Stand bewaard');
    assert.equal(activeOf(await stored(page)).snapshots.length, 2);
    expectClean(page);
  });
});
