// End to end: the tip explorer in the release build, as a user drives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  gotoApp, expectClean, mainHeading, resultCount, searchBox, waitForFocus, waitForHash, waitForResultCount, waitForResultCountChange,
  withPage,
} from './harness.mjs';
import { useBrowser } from './support.mjs';

const env = useBrowser();

const cardTitles = (page) => page.locator('.card h3').allInnerTexts();
const hash = (page) => page.evaluate(() => decodeURIComponent(location.hash));

test('the list shows every document as a card', async () => {
  await withPage(env.browser, env.server.url, async (page) => {
    assert.equal(await resultCount(page), '5 resultaten');
    const titles = await cardTitles(page);
    assert.equal(titles.length, 5);
    assert.match(titles[0], /bestuur achter je staat/);
    assert.match(await page.locator('.card').nth(1).innerText(), /Toptip/);
    assert.match(await page.locator('.card').nth(0).innerText(), /5 voorbeelden/);
    expectClean(page);
  });
});

test('"/" focuses the search box and typing searches as you type', async () => {
  await withPage(env.browser, env.server.url, async (page) => {
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'zoekveld');
    await page.keyboard.type('eigenaarschap');
    await waitForResultCountChange(page, '5 resultaten');
    const titles = await cardTitles(page);
    assert.match(titles[0], /bestuurder eigenaar wordt van digitalisering/, 'tip 76 ranks first');
    // The count sits in a polite live region, so screen readers announce it.
    const live = page.locator('.results__count');
    assert.equal(await live.getAttribute('role'), 'status');
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    assert.match(await hash(page), /q=eigenaarschap/);
    expectClean(page);
  });
});

test('diacritics and prefixes: "creeren" and "bestu" find what a user means', async () => {
  await withPage(env.browser, env.server.url + '#/?q=creeren', async (page) => {
    const text = await page.locator('.cards').innerText();
    assert.match(text, /Zorg ervoor dat het bestuur achter je staat/);
    assert.ok(await page.locator('.card mark').count() > 0, 'matches are highlighted');
    await searchBox(page).fill('bestu');
    await page.waitForFunction(() => /bestu/i.test(document.querySelector('.card mark')?.textContent ?? ''));
    expectClean(page);
  });
});

test('facets filter, show counts, and live in the URL with back and forward', async () => {
  await withPage(env.browser, env.server.url, async (page) => {
    const toptip = page.getByLabel(/Alleen toptips/);
    await toptip.check();
    await waitForResultCount(page, '1 resultaat');
    assert.match(await hash(page), /toptip=1/);
    assert.match((await cardTitles(page))[0], /bestuurder eigenaar/);

    await page.getByLabel(/^Waterschap/).check();
    await waitForHash(page, /org=waterschap/);
    assert.equal(await resultCount(page), '1 resultaat');

    await page.goBack();
    await waitForHash(page, /^(?!.*org=waterschap)/); // the organisation filter is gone again
    assert.equal(await resultCount(page), '1 resultaat');
    await page.goBack();
    await waitForResultCount(page, '5 resultaten');
    await page.goForward();
    await waitForResultCount(page, '1 resultaat');
    assert.ok(await page.getByLabel(/Alleen toptips/).isChecked(), 'the checkbox follows the URL');

    await page.getByRole('button', { name: 'Wis alle filters' }).first().click();
    await waitForResultCount(page, '5 resultaten');
    expectClean(page);
  });
});

test('a shared search link reproduces the view, also after reload', async () => {
  await withPage(env.browser, env.server.url + '#/?q=bestuur&soort=tip', async (page) => {
    const check = async () => {
      assert.equal(await searchBox(page).inputValue(), 'bestuur');
      assert.ok(await page.getByLabel(/^Tip/).isChecked());
      assert.equal(await resultCount(page), '2 resultaten');
    };
    await check();
    await page.reload();
    await page.waitForSelector('html.painted .cards');
    await check();
    expectClean(page);
  });
});

test('facet counts follow the query; an empty result suggests what to loosen', async () => {
  await withPage(env.browser, env.server.url + '#/?q=kanaalsturing', async (page) => {
    assert.equal(await resultCount(page), '1 resultaat');
    assert.match(await page.locator('.facets').innerText(), /Artikel\s*\(1\)/);
    await page.goto(env.server.url + '#/?q=kanaalsturing&soort=tip');
    await waitForResultCount(page, 'Geen resultaten');
    const remove = page.getByRole('button', { name: /Filter ‘Tip’ weghalen/ });
    await remove.click();
    await waitForResultCount(page, '1 resultaat');
    expectClean(page);
  });
});

test('a hit inside an example links straight to that example, and the deep link survives reload', async () => {
  await withPage(env.browser, env.server.url + '#/?q=Zeewolde', async (page) => {
    const link = page.locator('.card').getByRole('link', { name: /Gevonden in het voorbeeld/ }).first();
    await link.click();
    await waitForHash(page, /^#\/lees\/tip-17\//);
    const anchor = (await hash(page)).split('/').pop();
    const focused = () => page.evaluate(() => document.activeElement?.id);
    await waitForFocus(page, `anker-${anchor}`);
    assert.match(await page.locator(`#anker-${anchor}`).innerText(), /Carolien Nicolai/);

    await page.reload();
    await waitForFocus(page, `anker-${anchor}`);
    assert.equal(await focused(), `anker-${anchor}`);
    assert.ok(await page.locator(`#anker-${anchor}`).isVisible());

    await page.goBack();
    await waitForHash(page, /q=Zeewolde/);
    await page.waitForSelector('html.painted .cards');
    assert.equal(await searchBox(page).inputValue(), 'Zeewolde');
    expectClean(page);
  });
});

test('"Meer van …" opens the person page, and the person facet filters the list', async () => {
  await withPage(env.browser, env.server.url + '#/lees/tip-17', async (page) => {
    await page.getByRole('link', { name: /Meer van Carolien/ }).first().click();
    await waitForHash(page, '#/persoon/carolien-nicolai');
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Carolien Nicolai/);
    assert.equal(await page.locator('article.example').count(), 2);

    await page.goto(env.server.url + '#/?persoon=bernard-minderhoud');
    await page.waitForSelector('html.painted .cards');
    assert.equal(await resultCount(page), '2 resultaten');
    assert.ok(await page.getByLabel(/Bernard Minderhoud/).isChecked());
    expectClean(page);
  });
});

test('a link made with the other spelling of a name opens that person\'s page, under the spelling shown', async () => {
  // Tip 17 prints "Michel Rave" once and "Michael Rave" twice (corpus/people.toml).
  await withPage(env.browser, env.server.url + '#/persoon/michel-rave', async (page) => {
    await mainHeading(page).filter({ hasText: 'Michael Rave' }).waitFor();
    assert.equal(await mainHeading(page).innerText(), 'Tips en voorbeelden van Michael Rave');
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 3, name: 'Creëer draagvlak door delen rapporten Massaal Digitaal' }).waitFor();
    assert.doesNotMatch(await main.innerText(), /Michel/);

    await main.getByRole('link', { name: 'Tip 17: Zorg ervoor dat het bestuur achter je staat' }).click();
    await waitForHash(page, '#/lees/tip-17');
    await page.getByRole('link', { name: 'Meer van Michael' }).waitFor();
    assert.doesNotMatch(await page.getByRole('main').innerText(), /Michel/);
    // The app's own links use the spelling shown.
    await page.getByRole('link', { name: 'Meer van Michael' }).click();
    await waitForHash(page, '#/persoon/michael-rave');
    await mainHeading(page).filter({ hasText: 'Michael Rave' }).waitFor();
    expectClean(page);
  });
});

test('searching the other spelling of a name finds the tip that quotes that person', async () => {
  await withPage(env.browser, env.server.url, async (page) => {
    const results = page.getByRole('region', { name: 'Resultaten' });
    for (const typed of ['michel', 'michel rave']) {
      await searchBox(page).fill(typed);
      await waitForHash(page, new RegExp(`q=${typed.replace(' ', '\\+')}$`));
      await waitForResultCount(page, '1 resultaat');
      assert.deepEqual(await results.getByRole('heading', { level: 3 }).allInnerTexts(),
        ['Zorg ervoor dat het bestuur achter je staat'], typed);
    }
    // The person facet names them once, in the spelling shown.
    const people = page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: 'Persoon', exact: true });
    assert.equal(await people.getByRole('checkbox', { name: /^Michael Rave/ }).count(), 1);
    assert.equal(await people.getByRole('checkbox', { name: /Michel/ }).count(), 0);
    // The old person link in a list URL filters by the same person.
    await gotoApp(page, env.server.url + '#/?persoon=michel-rave');
    await waitForResultCount(page, '1 resultaat');
    await people.getByRole('button', { name: /^Toon alle/ }).click();
    assert.ok(await people.getByRole('checkbox', { name: /^Michael Rave/ }).isChecked());
    assert.equal(await page.getByRole('status').filter({ hasText: 'michel-rave' }).count(), 0, 'nothing in the link was left out');
    expectClean(page);
  });
});

test('every view loads without console errors', async () => {
  await withPage(env.browser, env.server.url, async (page) => {
    for (const view of ['#/', '#/?q=bestuur', '#/?q=niets-te-vinden-hier', '#/lees/tip-76', '#/lees/tip-76/onderzoek',
      '#/lees/het-dna-van-dienstverlening', '#/lees/inwoner-verwacht-maatwerk', '#/lees/wat-vraagt-selfservice',
      '#/persoon/marcel-van-de-lustgraaf', '#/toegankelijkheid', '#/zelfevaluatie', '#/bestaat/niet']) {
      await gotoApp(page, env.server.url + view);
      await page.waitForTimeout(100);
    }
    expectClean(page);
  });
});

test('an unknown filter in a link is ignored and named, not fatal', async () => {
  await withPage(env.browser, env.server.url + '#/?q=bestuur&thema=bestaat-niet', async (page) => {
    assert.match(await page.locator('.notice').innerText(), /thema=bestaat-niet/);
    assert.ok(Number.parseInt(await resultCount(page)) > 0);
    expectClean(page);
  });
});

test('an unknown part of a link is named, and an unknown self-assessment screen is not found on that page', async () => {
  await withPage(env.browser, env.server.url + '#/?q=bestuur&utm_source=nieuwsbrief', async (page) => {
    assert.match(await page.getByRole('status').filter({ hasText: 'utm_source' }).innerText(), /onbekend onderdeel ‘utm_source’/);
    assert.ok(Number.parseInt(await resultCount(page)) > 0, 'the search itself still runs');
    // A mistyped screen of the self-assessment, reached from the tips page.
    await page.goto(env.server.url + '#/zelfevaluatie/resultaatjes');
    await page.waitForURL(/\/zelfevaluatie\.html#\/zelfevaluatie\/resultaatjes$/);
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zelfevaluatie' }).count(), 1);
    expectClean(page);
  });
});

test('an expanded facet list stays open while the user types', async () => {
  await withPage(env.browser, env.server.url, async (page) => {
    await page.getByRole('button', { name: /^Toon alle/ }).click();
    await page.getByRole('button', { name: 'Toon minder' }).waitFor();
    await searchBox(page).fill('de');
    await waitForHash(page, /q=de/);
    await page.keyboard.type('n');
    await waitForHash(page, /q=den/);
    assert.equal(await page.getByRole('button', { name: 'Toon minder' }).count(), 1, 'still expanded');
    expectClean(page);
  });
});

test('while typing, the facet rows show exactly the values that still match, and a tick filters by the row it is on', async () => {
  await withPage(env.browser, env.server.url, async (page) => {
    // The kind group, as a user sees and hears it: the checkboxes and their names.
    const kinds = () =>
      page
        .getByRole('complementary', { name: 'Filters' })
        .getByRole('group', { name: 'Soort', exact: true })
        .getByRole('checkbox')
        .evaluateAll((boxes) => boxes.map((box) => box.closest('label').innerText.replace(/\s+/g, ' ').trim()));
    assert.deepEqual(await kinds(), ['Tip (2)', 'Artikel (2)', 'Blog (1)']);
    await searchBox(page).fill('kanaalsturing');
    await waitForResultCount(page, '1 resultaat');
    assert.deepEqual(await kinds(), ['Artikel (1)'], 'values without hits are gone, none is left over');
    await page.getByRole('checkbox', { name: /^Artikel/ }).check();
    await waitForHash(page, /soort=artikel/);
    await searchBox(page).fill('');
    await waitForResultCount(page, '2 resultaten');
    assert.deepEqual(await kinds(), ['Tip (2)', 'Artikel (2)', 'Blog (1)']);
    assert.equal(await page.getByRole('checkbox', { name: /^Artikel/ }).isChecked(), true, 'the tick stays with its value');
    assert.equal(await page.getByRole('checkbox', { name: /^Tip/ }).isChecked(), false);
    expectClean(page);
  });
});
