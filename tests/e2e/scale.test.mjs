// End to end: at a thousand tips the list pages its results, and every card it
// shows is the one the search ranks there, also below the first screen (those cards
// are rendered one frame after the ones in view; see src/ui/list_page.rs).
//
// Runs against the benchmark build (target/bench/dist/, cargo feature "bench"; built by
// scripts/test.sh), whose page generates a synthetic corpus from ?synthetic=<tips>&seed=<n>
// and exposes the search core as window.digiwijzerBench.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, resultCount, expectClean, searchBox, waitForResultCountChange, withPage } from './harness.mjs';

const PAGE = 20;
let browser;
let server;

before(async () => {
  browser = await launch();
  server = await startServer({ dir: process.env.DIGIWIJZER_BENCH_DIST || 'target/bench/dist' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The titles of the first `n` documents the search core ranks for `text`. */
function rankedTitles(page, text, n) {
  return page.evaluate(
    ({ text, n }) => {
      const docs = JSON.parse(window.digiwijzerBench.corpusJson());
      return Array.from(window.digiwijzerBench.search(text).slice(0, n), (id) => docs[id].title.split('\n')[0]);
    },
    { text, n },
  );
}

const cardTitles = (page) => page.locator('.card h3').allInnerTexts();

/** Waits for `n` cards, then two more frames, so a wrong extra render would show. */
async function expectCards(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('.card').length === n, n);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
  assert.equal(await page.locator('.card').count(), n);
}

test('at 1,000 tips the list shows 20 cards, and "toon meer" adds 20', async () => {
  await withPage(browser, `${server.url}?synthetic=1000&seed=42#/`, async (page) => {
    assert.equal(await resultCount(page), '1000 resultaten');
    await expectCards(page, PAGE);
    await page.getByRole('button', { name: /Toon 20 meer/ }).click();
    await expectCards(page, 2 * PAGE);
    expectClean(page);
  });
});

test('while typing, every card shown is the one the search ranks there', async () => {
  await withPage(browser, `${server.url}?synthetic=1000&seed=42#/`, async (page) => {
    await expectCards(page, PAGE);
    await searchBox(page).focus();
    for (const text of ['bestuur', 'bestuur draagvlak', 'dig']) {
      const before = await resultCount(page);
      await searchBox(page).fill(text);
      await waitForResultCountChange(page, before);
      const expected = await rankedTitles(page, text, PAGE);
      assert.ok(expected.length === PAGE, `"${text}" should have at least ${PAGE} hits`);
      await expectCards(page, PAGE);
      assert.deepEqual(await cardTitles(page), expected, `the cards for "${text}"`);
    }
    expectClean(page);
  });
});

test('the frame that shows a new result count already shows the new cards in view, on short and tall screens', async () => {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1280, height: 1100 }, { width: 412, height: 823 }]) {
    await withPage(browser, `${server.url}?synthetic=1000&seed=42#/`, async (page) => {
      await expectCards(page, PAGE);
      // In the first frame after each keystroke: the count, and the titles of the cards
      // whose top is inside the viewport.
      await page.evaluate(() => {
        window.__frames = [];
        addEventListener('input', () => requestAnimationFrame(() => {
          const inView = [...document.querySelectorAll('.cards > .card')].filter((card) => card.getBoundingClientRect().top < innerHeight);
          window.__frames.push({ count: document.querySelector('.results__count').textContent, titles: inView.map((card) => card.querySelector('h3').innerText) });
        }));
      });
      await searchBox(page).focus();
      for (const text of ['bestuur', 'inw', 'burgers betrek']) {
        await searchBox(page).fill(text.slice(0, -1));
        await expectCards(page, PAGE);
        const seen = await page.evaluate(() => window.__frames.length);
        await page.keyboard.press(text.at(-1));
        await page.waitForFunction((seen) => window.__frames.length > seen, seen);
        const frame = await page.evaluate(() => window.__frames.at(-1));
        const expected = await rankedTitles(page, text, PAGE);
        assert.equal(frame.count, `${await page.evaluate((text) => window.digiwijzerBench.search(text).length, text)} resultaten`, `the count for "${text}"`);
        assert.ok(frame.titles.length > 0, `some cards are in view at ${viewport.width}×${viewport.height}`);
        assert.deepEqual(frame.titles, expected.slice(0, frame.titles.length), `the cards in view for "${text}" at ${viewport.width}×${viewport.height}`);
      }
      expectClean(page);
    }, { viewport });
  }
});
