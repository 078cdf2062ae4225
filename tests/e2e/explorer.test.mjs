// Issue 2, end to end: the tip explorer in the release build, as a user drives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, gotoApp, expectClean, resultCount } from './harness.mjs';
import { useBrowser } from './support.mjs';

const env = useBrowser();

const cardTitles = (page) => page.locator('.card h3').allInnerTexts();
const hash = (page) => page.evaluate(() => decodeURIComponent(location.hash));

test('the list shows every document as a card', async () => {
  const page = await openPage(env.browser, env.server.url);
  assert.equal(await resultCount(page), '5 resultaten');
  const titles = await cardTitles(page);
  assert.equal(titles.length, 5);
  assert.match(titles[0], /bestuur achter je staat/);
  assert.match(await page.locator('.card').nth(1).innerText(), /Toptip/);
  assert.match(await page.locator('.card').nth(0).innerText(), /5 voorbeelden/);
  expectClean(page);
  await page.context().close();
});

test('"/" focuses the search box and typing searches as you type', async () => {
  const page = await openPage(env.browser, env.server.url);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'zoekveld');
  await page.keyboard.type('eigenaarschap');
  await page.waitForFunction(() => document.querySelector('.results__count')?.textContent !== '5 resultaten');
  const titles = await cardTitles(page);
  assert.match(titles[0], /bestuurder eigenaar wordt van digitalisering/, 'tip 76 ranks first');
  // The count sits in a polite live region, so screen readers announce it.
  const live = page.locator('.results__count');
  assert.equal(await live.getAttribute('role'), 'status');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  assert.match(await hash(page), /q=eigenaarschap/);
  expectClean(page);
  await page.context().close();
});

test('diacritics and prefixes: "creeren" and "bestu" find what a user means', async () => {
  const page = await openPage(env.browser, env.server.url + '#/?q=creeren');
  const text = await page.locator('.cards').innerText();
  assert.match(text, /Zorg ervoor dat het bestuur achter je staat/);
  assert.ok(await page.locator('.card mark').count() > 0, 'matches are highlighted');
  await page.fill('#zoekveld', 'bestu');
  await page.waitForFunction(() => /bestu/i.test(document.querySelector('.card mark')?.textContent ?? ''));
  expectClean(page);
  await page.context().close();
});

test('facets filter, show counts, and live in the URL with back and forward', async () => {
  const page = await openPage(env.browser, env.server.url);
  const toptip = page.getByLabel(/Alleen toptips/);
  await toptip.check();
  await page.waitForFunction(() => document.querySelector('.results__count')?.textContent === '1 resultaat');
  assert.match(await hash(page), /toptip=1/);
  assert.match((await cardTitles(page))[0], /bestuurder eigenaar/);

  await page.getByLabel(/^Waterschap/).check();
  await page.waitForFunction(() => /org=waterschap/.test(location.hash));
  assert.equal(await resultCount(page), '1 resultaat');

  await page.goBack();
  await page.waitForFunction(() => !/org=waterschap/.test(location.hash));
  assert.equal(await resultCount(page), '1 resultaat');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('.results__count')?.textContent === '5 resultaten');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('.results__count')?.textContent === '1 resultaat');
  assert.ok(await page.getByLabel(/Alleen toptips/).isChecked(), 'the checkbox follows the URL');

  await page.getByRole('button', { name: 'Wis alle filters' }).first().click();
  await page.waitForFunction(() => document.querySelector('.results__count')?.textContent === '5 resultaten');
  expectClean(page);
  await page.context().close();
});

test('a shared search link reproduces the view, also after reload', async () => {
  const page = await openPage(env.browser, env.server.url + '#/?q=bestuur&soort=tip');
  const check = async () => {
    assert.equal(await page.inputValue('#zoekveld'), 'bestuur');
    assert.ok(await page.getByLabel(/^Tip/).isChecked());
    assert.equal(await resultCount(page), '2 resultaten');
  };
  await check();
  await page.reload();
  await page.waitForSelector('html.painted .cards');
  await check();
  expectClean(page);
  await page.context().close();
});

test('facet counts follow the query; an empty result suggests what to loosen', async () => {
  const page = await openPage(env.browser, env.server.url + '#/?q=kanaalsturing');
  assert.equal(await resultCount(page), '1 resultaat');
  assert.match(await page.locator('.facets').innerText(), /Artikel\s*\(1\)/);
  await page.goto(env.server.url + '#/?q=kanaalsturing&soort=tip');
  await page.waitForFunction(() => document.querySelector('.results__count')?.textContent === 'Geen resultaten');
  const remove = page.getByRole('button', { name: /Filter ‘Tip’ weghalen/ });
  await remove.click();
  await page.waitForFunction(() => document.querySelector('.results__count')?.textContent === '1 resultaat');
  expectClean(page);
  await page.context().close();
});

test('a hit inside an example links straight to that example, and the deep link survives reload', async () => {
  const page = await openPage(env.browser, env.server.url + '#/?q=Zeewolde');
  const link = page.locator('.card a', { hasText: 'Gevonden in het voorbeeld' }).first();
  await link.click();
  await page.waitForFunction(() => location.hash.startsWith('#/lees/tip-17/'));
  const anchor = (await hash(page)).split('/').pop();
  const focused = () => page.evaluate(() => document.activeElement?.id);
  await page.waitForFunction((id) => document.activeElement?.id === id, `anker-${anchor}`);
  assert.match(await page.locator(`#anker-${anchor}`).innerText(), /Carolien Nicolai/);

  await page.reload();
  await page.waitForFunction((id) => document.activeElement?.id === id, `anker-${anchor}`);
  assert.equal(await focused(), `anker-${anchor}`);
  assert.ok(await page.locator(`#anker-${anchor}`).isVisible());

  await page.goBack();
  await page.waitForFunction(() => location.hash.includes('q=Zeewolde'));
  await page.waitForSelector('html.painted .cards');
  assert.equal(await page.inputValue('#zoekveld'), 'Zeewolde');
  expectClean(page);
  await page.context().close();
});

test('"Meer van …" opens the person page, and the person facet filters the list', async () => {
  const page = await openPage(env.browser, env.server.url + '#/lees/tip-17');
  await page.locator('a', { hasText: 'Meer van Carolien' }).first().click();
  await page.waitForFunction(() => location.hash === '#/persoon/carolien-nicolai');
  assert.match(await page.locator('h1').innerText(), /Carolien Nicolai/);
  assert.equal(await page.locator('article.example').count(), 2);

  await page.goto(env.server.url + '#/?persoon=bernard-minderhoud');
  await page.waitForSelector('html.painted .cards');
  assert.equal(await resultCount(page), '2 resultaten');
  assert.ok(await page.getByLabel(/Bernard Minderhoud/).isChecked());
  expectClean(page);
  await page.context().close();
});

test('every view loads without console errors', async () => {
  const page = await openPage(env.browser, env.server.url);
  for (const view of ['#/', '#/?q=bestuur', '#/?q=niets-te-vinden-hier', '#/lees/tip-76', '#/lees/tip-76/onderzoek',
    '#/lees/het-dna-van-dienstverlening', '#/lees/inwoner-verwacht-maatwerk', '#/lees/wat-vraagt-selfservice',
    '#/persoon/marcel-van-de-lustgraaf', '#/toegankelijkheid', '#/zelfevaluatie', '#/bestaat/niet']) {
    await gotoApp(page, env.server.url + view);
    await page.waitForTimeout(100);
  }
  expectClean(page);
  await page.context().close();
});

test('an unknown filter in a link is ignored and named, not fatal', async () => {
  const page = await openPage(env.browser, env.server.url + '#/?q=bestuur&thema=bestaat-niet');
  assert.match(await page.locator('.notice').innerText(), /thema=bestaat-niet/);
  assert.ok(Number.parseInt(await resultCount(page)) > 0);
  expectClean(page);
  await page.context().close();
});

test('an expanded facet list stays open while the user types', async () => {
  const page = await openPage(env.browser, env.server.url);
  await page.getByRole('button', { name: /^Toon alle/ }).click();
  await page.getByRole('button', { name: 'Toon minder' }).waitFor();
  await page.fill('#zoekveld', 'de');
  await page.waitForFunction(() => location.hash.includes('q=de'));
  await page.keyboard.type('n');
  await page.waitForFunction(() => location.hash.includes('q=den'));
  assert.equal(await page.getByRole('button', { name: 'Toon minder' }).count(), 1, 'still expanded');
  expectClean(page);
  await page.context().close();
});

test('while typing, the facet rows show exactly the values that still match, and a tick filters by the row it is on', async () => {
  const page = await openPage(env.browser, env.server.url);
  // The kind group, as a user sees and hears it: the checkboxes and their names.
  const kinds = () =>
    page
      .locator('.facets fieldset', { has: page.locator('legend', { hasText: /^Soort$/ }) })
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => box.closest('label').innerText.replace(/\s+/g, ' ').trim()));
  assert.deepEqual(await kinds(), ['Tip (2)', 'Artikel (2)', 'Blog (1)']);
  await page.fill('#zoekveld', 'kanaalsturing');
  await page.waitForFunction(() => document.querySelector('.results__count')?.textContent === '1 resultaat');
  assert.deepEqual(await kinds(), ['Artikel (1)'], 'values without hits are gone, none is left over');
  await page.getByRole('checkbox', { name: /^Artikel/ }).check();
  await page.waitForFunction(() => location.hash.includes('soort=artikel'));
  await page.fill('#zoekveld', '');
  await page.waitForFunction(() => document.querySelector('.results__count')?.textContent === '2 resultaten');
  assert.deepEqual(await kinds(), ['Tip (2)', 'Artikel (2)', 'Blog (1)']);
  assert.equal(await page.getByRole('checkbox', { name: /^Artikel/ }).isChecked(), true, 'the tick stays with its value');
  assert.equal(await page.getByRole('checkbox', { name: /^Tip/ }).isChecked(), false);
  expectClean(page);
  await page.context().close();
});
