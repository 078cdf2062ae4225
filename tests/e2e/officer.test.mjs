// End to end: a policy officer looking for advice. The way back keeps the search, a
// theme is the filter it names, a long tip has contents, the search knows the words the
// self-assessment uses, and a tip or a deck of cards prints cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectClean, gotoApp, mainHeading, searchBox, waitForFocus, waitForHash, waitForResultCount, withContext, withPage,
} from './harness.mjs';
import { axeViolations, openFilters, useBrowser } from './support.mjs';

const env = useBrowser();

const openFirstCard = async (page) => {
  await page.locator('.card h3 a').first().click();
  await page.waitForSelector('html.painted main .document h1');
};

/** The list shows the search for "bestuur" among tips: the box, the tick and the count. */
async function assertBestuurAmongTips(page, list) {
  await waitForHash(page, list);
  await waitForResultCount(page, '2 resultaten');
  assert.equal(await searchBox(page).inputValue(), 'bestuur');
  assert.ok(await page.getByRole('checkbox', { name: /^Tip/ }).isChecked(), 'the filter is still ticked');
}

test('the browser’s Back and the “Terug” link both return to the search the user came from', async () => {
  await withPage(env.browser, env.server.url, async (page) => {
    await searchBox(page).fill('bestuur');
    await waitForHash(page, /q=bestuur/);
    await openFilters(page);
    await page.getByRole('checkbox', { name: /^Tip/ }).check();
    await waitForHash(page, /soort=tip/);
    await waitForResultCount(page, '2 resultaten');
    const list = await page.evaluate(() => location.hash);

    await openFirstCard(page);
    await page.goBack();
    await assertBestuurAmongTips(page, list);

    // Through a person's page too: the way back is to the search, not to the whole list.
    await openFirstCard(page);
    await page.locator('main a[href^="#/persoon/"]').first().click();
    await page.waitForSelector('html.painted main .person h1');
    const back = page.getByRole('link', { name: 'Terug naar uw zoekresultaten' });
    assert.equal(await back.getAttribute('href'), list);
    await back.click();
    await assertBestuurAmongTips(page, list);
    expectClean(page);
  });
  // Opened straight from a link there is no search to return to.
  await withPage(env.browser, env.server.url + '#/lees/tip-17', async (page) => {
    assert.equal(await page.getByRole('link', { name: 'Terug naar alle tips' }).getAttribute('href'), '#/');
  });
});

test('a theme on a card and on a tip is a link that filters the list on that theme', async () => {
  await withPage(env.browser, env.server.url + '#/?q=bestuur', async (page) => {
    await waitForResultCount(page, '5 resultaten');
    const chip = page.locator('.card').first().getByRole('link', { name: 'Filter op thema commitment (betrokkenheid)' });
    await chip.click();
    await waitForHash(page, '#/?q=bestuur&thema=commitment');
    await waitForResultCount(page, '2 resultaten');
    assert.equal(await searchBox(page).inputValue(), 'bestuur', 'the search stays');
    await openFilters(page);
    assert.ok(await page.getByRole('checkbox', { name: /^commitment/ }).isChecked(), 'the theme filter is ticked');
    expectClean(page);
  });
  await withPage(env.browser, env.server.url + '#/lees/wat-vraagt-selfservice', async (page) => {
    assert.equal(await page.getByRole('link', { name: /^Filter op thema/ }).count(), 0, 'an article without themes has none');
  });
  await withPage(env.browser, env.server.url + '#/lees/tip-76', async (page) => {
    await page.getByRole('main').getByRole('link', { name: 'Filter op thema commitment (betrokkenheid)' }).click();
    await waitForHash(page, '#/?thema=commitment');
    await waitForResultCount(page, '2 resultaten');
    expectClean(page);
  });
});

test('a long tip has a table of contents near the top, and following a link moves focus there', async () => {
  await withPage(env.browser, env.server.url + '#/lees/tip-76', async (page) => {
    const contents = page.getByRole('navigation', { name: 'Op deze pagina' });
    const links = contents.getByRole('link');
    assert.equal(await links.count(), 12, 'ten examples, Onderzoek and Conclusie');
    const texts = await links.allInnerTexts();
    assert.deepEqual(texts.slice(-2), ['Onderzoek', 'Conclusie']);
    // Near the top: before the first example.
    const above = await page.evaluate(() => {
      const toc = document.querySelector('nav.contents').getBoundingClientRect().top;
      return toc < document.querySelector('.example').getBoundingClientRect().top;
    });
    assert.ok(above, 'the contents come before the examples');
    assert.deepEqual(await axeViolations(page), []);

    await contents.getByRole('link', { name: 'Conclusie' }).focus();
    await page.keyboard.press('Enter');
    await waitForHash(page, '#/lees/tip-76/conclusie');
    await waitForFocus(page, 'anker-conclusie');
    await contents.getByRole('link', { name: 'Maak bestuurders verantwoordelijk' }).click();
    await waitForFocus(page, 'anker-maak-bestuurders-verantwoordelijk');
    expectClean(page);
  });
  await withPage(env.browser, env.server.url + '#/lees/tip-17', async (page) => {
    const contents = page.getByRole('navigation', { name: 'Op deze pagina' });
    assert.equal(await contents.getByRole('link', { name: 'Waarom werkt dit?' }).count(), 1, 'the actionable part is one link away');
  });
  // A short text needs none.
  await withPage(env.browser, env.server.url + '#/lees/inwoner-verwacht-maatwerk', async (page) => {
    assert.equal(await page.getByRole('navigation', { name: 'Op deze pagina' }).count(), 0);
  });
});

test('“wethouder” and “college” also find what the texts call a bestuurder', async () => {
  await withPage(env.browser, env.server.url + '#/?q=wethouder', async (page) => {
    await waitForResultCount(page, '3 resultaten');
    const links = await page.locator('.card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // The two tips that say "wethouder" first, then the article that says "bestuurders".
    assert.deepEqual(links.slice(-1), ['#/lees/wat-vraagt-selfservice']);
    const marked = await page.locator('.card').last().locator('mark').allInnerTexts();
    assert.ok(marked.some((m) => /^bestuurder/i.test(m)), `the synonym is highlighted: ${marked}`);
    await searchBox(page).fill('college');
    await waitForResultCount(page, '3 resultaten');
    assert.deepEqual(await axeViolations(page), []);
    expectClean(page);
  });
});

/** Whether `locator`'s first element is printed (rendered) in the current media. */
const printed = (locator) => locator.first().isVisible();

test('a tip prints without navigation, search or page chrome', async () => {
  await withPage(env.browser, env.server.url + '#/lees/tip-76', async (page) => {
    await page.emulateMedia({ media: 'print' });
    assert.ok(await printed(mainHeading(page)), 'the title is printed');
    assert.ok(await printed(page.locator('.example__quote')), 'the quotes are printed');
    for (const [what, locator] of [
      ['the header and its menu', page.locator('.site-header')],
      ['the footer', page.locator('.site-footer')],
      ['the contents', page.getByRole('navigation', { name: 'Op deze pagina' })],
      ['the way back', page.getByRole('link', { name: 'Terug naar alle tips' })],
      ['links to people', page.getByRole('link', { name: /^Meer van/ })],
      ['the link to make an action', page.getByRole('link', { name: /een actie maken/ })],
    ]) {
      assert.equal(await printed(locator), false, `${what} is not printed`);
    }
    const link = await page.locator('.example__link').first().evaluate((a) => {
      const style = getComputedStyle(a);
      return { color: style.color, underline: style.textDecorationLine, text: getComputedStyle(a.closest('.example')).color };
    });
    assert.equal(link.underline, 'none', 'links print as text');
    assert.equal(link.color, link.text, 'in the colour of the text around them');
    await page.emulateMedia({ media: 'screen' });
    assert.ok(await printed(page.getByRole('navigation', { name: 'Op deze pagina' })), 'on screen the contents are back');
    expectClean(page);
  });
});

/** Stands in for the print dialog, which a headless browser has not got: counts the calls. */
function stubPrint() {
  window.print = () => {
    window.printed = (window.printed ?? 0) + 1;
  };
}

/** Each card's own page: whether it breaks to a new page after it, in print. */
const cardBreaks = (page) =>
  page.locator('.card').evaluateAll((cards) => cards.map((c) => getComputedStyle(c).breakAfter));

test('“Print als kaarten” prints the results as a deck, one card per page, only the filtered ones', async () => {
  await withContext(
    env.browser,
    async ({ newPage }) => {
      const page = await newPage();
      await gotoApp(page, env.server.url + '#/?soort=tip');
      await waitForResultCount(page, '2 resultaten');
      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await cardBreaks(page), ['auto', 'auto'], 'a plain print is the list, not a deck');
      await page.emulateMedia({ media: 'screen' });

      await page.getByRole('button', { name: 'Print als kaarten' }).click();
      await page.waitForFunction(() => window.printed === 1);
      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await cardBreaks(page), ['page', 'auto'], 'every card ends its page (the last needs no blank one)');
      assert.equal(await page.locator('.card').count(), 2, 'only the filtered tips');
      assert.ok(await printed(page.locator('.card')), 'the cards are printed');
      for (const [what, locator] of [
        ['the menu', page.getByRole('navigation', { name: 'Hoofdmenu' })],
        ['the search box', searchBox(page)],
        ['the filters', page.locator('.facets')],
        ['the page title', mainHeading(page)],
        ['the print button', page.getByRole('button', { name: 'Print als kaarten' })],
      ]) {
        assert.equal(await printed(locator), false, `${what} is not printed`);
      }
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.waitForFunction(() => !document.documentElement.classList.contains('print-deck'));
      assert.deepEqual(await cardBreaks(page), ['auto', 'auto'], 'after printing, a print is the list again');

      // Every tip and article: the whole deck.
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: 'Wis alle filters' }).click();
      await waitForResultCount(page, '5 resultaten');
      await page.getByRole('button', { name: 'Print als kaarten' }).click();
      await page.waitForFunction(() => window.printed === 2);
      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await cardBreaks(page), ['page', 'page', 'page', 'page', 'auto']);
      expectClean(page);
    },
    { init: stubPrint },
  );
});
