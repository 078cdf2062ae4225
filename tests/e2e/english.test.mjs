// The English interface: the switch in the frame keeps the route and the choice, a link
// can ask for a language (`?taal=en`), an English browser gets English on a first visit,
// and every view of the English pages says nothing in Dutch outside the Dutch passages
// (corpus text and quotes, marked lang="nl"), with axe and the HTML checker clean.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { expectClean, gotoApp, mainHeading, startServer, waitForHash, withContext, withPage } from './harness.mjs';
import { DEEP_LINK, DIST, axeViolations, openFilters, renderedHtml, useBrowser, vnuErrors, waitForServiceWorker } from './support.mjs';
import { readCsv, statement } from './selfassessment.mjs';

const env = useBrowser();

/** Frequent Dutch function words: in English text, each is a sign of a Dutch string. */
const DUTCH_WORDS = ['de', 'het', 'een', 'van', 'niet', 'voor', 'uw', 'wordt', 'naar', 'zijn', 'deze', 'welke'];

/** Dutch proper names that the English model's statements quote by name, with an English
 * gloss (WCAG 3.1.2 leaves proper names alone). */
const PROPER_NAMES = ['De MogelijkMakers', 'De Graag Gedaan Brigade'];

/**
 * The page's text outside elements marked lang="nl" (and outside what is not rendered)
 * that holds one of `words`, one line per text with the words it holds.
 */
function dutchOutsideLangNl(page, words = DUTCH_WORDS) {
  return page.evaluate(([words, names]) => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, noscript, #prerendered, [hidden]')) continue;
      if (el.closest('[lang]')?.getAttribute('lang') === 'nl') continue;
      if (!el.checkVisibility()) continue;
      const text = node.textContent.trim();
      const hits = names.reduce((t, name) => t.replaceAll(name, ''), text).toLowerCase().split(/[^\p{L}]+/u).filter((w) => words.includes(w));
      if (hits.length) found.push(`${JSON.stringify(text.slice(0, 160))} (${[...new Set(hits)].join(', ')})`);
    }
    return found;
  }, [words, PROPER_NAMES]);
}

/** The `lang` in force on the first text in `locator` (that holds `text`, if given). */
function langOfText(locator, text = '') {
  return locator.evaluate((el, text) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent.trim() && node.textContent.includes(text)) return node.parentElement.closest('[lang]')?.getAttribute('lang');
    }
    return null;
  }, text);
}

/** The link to the other language in the frame. */
const switchLink = (page, name) => page.getByRole('link', { name, exact: true });

/** Answers the first `n` statements "No" and waits until the count says so. */
async function answerInEnglish(page, n) {
  for (let i = 0; i < n; i++) await statement(page, i).getByLabel('No', { exact: true }).check();
  await page.waitForFunction((count) => new RegExp(`\\b${count} of \\d+ statements answered`).test(document.querySelector('.overall__text')?.textContent ?? ''), n);
}

/** Every screen and state of the English pages that the walk visits, by page. */
const ENGLISH_VIEWS = [
  { name: 'list', file: 'english.html', hash: '#/' },
  { name: 'search with results', file: 'english.html', hash: '#/?q=bestuur' },
  {
    name: 'filters open',
    file: 'english.html',
    hash: '#/',
    prepare: async (page) => {
      await openFilters(page);
      await page.getByRole('checkbox', { name: /^Tip/ }).first().check();
      await waitForHash(page, /soort=/);
    },
  },
  { name: 'search without results', file: 'english.html', hash: '#/?q=qwxzqwxz&soort=tip' },
  { name: 'tip', file: 'english.html', hash: '#/lees/tip-17' },
  { name: 'example (deep link)', file: 'english.html', hash: DEEP_LINK },
  { name: 'article', file: 'english.html', hash: '#/lees/het-dna-van-dienstverlening' },
  {
    name: 'person',
    file: 'english.html',
    hash: '#/lees/tip-17',
    prepare: async (page) => {
      await page.locator('a[href^="#/persoon/"]').first().click();
      await page.waitForSelector('html.painted main .person h1');
    },
  },
  { name: 'accessibility statement', file: 'english.html', hash: '#/toegankelijkheid' },
  { name: 'not found', file: 'english.html', hash: '#/bestaat/niet' },
  { name: 'unknown link parts', file: 'english.html', hash: '#/?q=bestuur&kleur=blauw' },
  {
    name: 'self-assessment, one statement answered',
    file: 'self-assessment.html',
    hash: '#/zelfevaluatie',
    prepare: (page) => answerInEnglish(page, 1),
  },
  {
    name: 'self-assessment: results',
    file: 'self-assessment.html',
    hash: '#/zelfevaluatie',
    prepare: async (page) => {
      await answerInEnglish(page, 4);
      await page.getByRole('link', { name: 'Results', exact: true }).click();
      await waitForHash(page, '#/zelfevaluatie/resultaten');
      await mainHeading(page).waitFor();
    },
  },
  {
    name: 'self-assessment: action plan with an action',
    file: 'self-assessment.html',
    hash: '#/zelfevaluatie/actieplan/nieuw/stelling/eigenaarschap.b5',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Add action' }).click();
      await page.getByText('1 action', { exact: true }).waitFor();
    },
  },
  {
    name: 'self-assessment: game, a card',
    file: 'self-assessment.html',
    hash: '#/zelfevaluatie/spel',
    prepare: async (page) => {
      await page.getByLabel('Goal of this game').fill('Help more residents online');
      await page.getByRole('button', { name: 'Start the game' }).click();
      await page.getByRole('button', { name: /Do more/ }).click();
      await page.locator('.game__progress').getByText(/^Card 2 of/).waitFor();
    },
  },
  { name: 'self-assessment: team overview', file: 'self-assessment.html', hash: '#/zelfevaluatie/team' },
  { name: 'self-assessment: manage', file: 'self-assessment.html', hash: '#/zelfevaluatie/beheer' },
  { name: 'self-assessment: export and import', file: 'self-assessment.html', hash: '#/zelfevaluatie/bestand' },
];

describe('English', () => {
  test('the switch on the tips page keeps the route, shows English, and leads back to Dutch', async () => {
    await withPage(env.browser, env.server.url + '#/lees/tip-17', async (page) => {
      const title = (await mainHeading(page).textContent()).trim();
      await switchLink(page, 'English').click();
      await page.waitForURL(/\/english\.html\?taal=en#\/lees\/tip-17$/);
      await page.waitForSelector('html.painted main h1');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      await page.getByRole('link', { name: 'Back to all tips' }).waitFor();
      // The tip itself stays Dutch, and says so.
      assert.equal((await mainHeading(page).textContent()).trim(), title);
      assert.equal(await mainHeading(page).getAttribute('lang'), 'nl');
      assert.equal(await switchLink(page, 'Nederlands').getAttribute('hreflang'), 'nl');

      await switchLink(page, 'Nederlands').click();
      await page.waitForURL(/\/\?taal=nl#\/lees\/tip-17$/);
      await page.getByRole('link', { name: 'Terug naar alle tips' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
      expectClean(page);
    });
  });

  test('the switch on the self-assessment page keeps the screen and leads back to Dutch', async () => {
    await withPage(env.browser, env.server.url + 'zelfevaluatie.html#/zelfevaluatie/actieplan', async (page) => {
      await switchLink(page, 'English').click();
      await page.waitForURL(/\/self-assessment\.html\?taal=en#\/zelfevaluatie\/actieplan$/);
      await page.waitForSelector('html.painted main h1');
      assert.match((await mainHeading(page).textContent()).trim(), /^Action plan: /);
      await page.getByRole('navigation', { name: 'Self-assessment' }).getByRole('link', { name: 'Fill in', exact: true }).waitFor();

      await switchLink(page, 'Nederlands').click();
      await page.waitForURL(/\/zelfevaluatie\.html\?taal=nl#\/zelfevaluatie\/actieplan$/);
      await page.waitForSelector('html.painted main h1');
      assert.match((await mainHeading(page).textContent()).trim(), /^Actieplan: /);
      expectClean(page);
    });
  });

  test('the choice survives a reload and works offline', async () => {
    const server = await startServer({ dir: DIST });
    try {
      await withContext(env.browser, async ({ newPage }) => {
        const page = await newPage();
        await gotoApp(page, server.url);
        await waitForServiceWorker(page);
        await switchLink(page, 'English').click();
        await page.waitForURL(/\/english\.html/);
        await page.waitForSelector('html.painted main h1');

        // The Dutch address, without a parameter: the stored choice sends it to English.
        await page.goto(server.url + '#/lees/tip-17');
        await page.waitForURL(/\/english\.html#\/lees\/tip-17$/);
        await page.getByRole('link', { name: 'Back to all tips' }).waitFor();

        await page.context().setOffline(true);
        await server.close();
        await page.goto(server.url + 'zelfevaluatie.html#/zelfevaluatie/beheer');
        await page.waitForURL(/\/self-assessment\.html#\/zelfevaluatie\/beheer$/);
        await page.waitForSelector('html.painted main h1');
        assert.equal((await mainHeading(page).textContent()).trim(), 'My self-assessments');
        await page.locator('.notice--offline').getByText(/^You are offline/).waitFor();
        await page.context().setOffline(false);
        expectClean(page);
      });
    } finally {
      await server.close().catch(() => {});
    }
  });

  test('where the browser keeps nothing, Nederlands chosen with the switch stays across the links between the pages', async () => {
    const blockStorage = () => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } });
    };
    await withContext(
      env.browser,
      async ({ newPage }) => {
        const page = await newPage();
        await gotoApp(page, env.server.url + 'english.html#/');
        await switchLink(page, 'Nederlands').click();
        await page.waitForURL(/\/\?taal=nl#\/$/);
        await page.waitForSelector('html.painted main .cards');
        const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
        await menu.getByRole('link', { name: 'Zelfevaluatie', exact: true }).click();
        await page.waitForURL(/\/zelfevaluatie\.html\?taal=nl#\/zelfevaluatie$/);
        await page.waitForSelector('html.painted main h1');
        assert.equal(await page.locator('html').getAttribute('lang'), 'nl', 'the self-assessment in Dutch');
        await menu.getByRole('link', { name: 'Tips', exact: true }).click();
        await page.waitForURL(/\/\?taal=nl#\/$/);
        await page.waitForSelector('html.painted main .cards');
        assert.equal(await page.locator('html').getAttribute('lang'), 'nl', 'and back to the tips in Dutch');
        expectClean(page);
      },
      { init: blockStorage, contextOptions: { locale: 'en-GB' } },
    );
  });

  test('a link asks for a language with ?taal=en, embed mode has the switch, and an English browser starts in English', async () => {
    await withPage(env.browser, null, async (page) => {
      await page.goto(env.server.url + '?taal=en#/lees/tip-17');
      await page.waitForURL(/\/english\.html\?taal=en#\/lees\/tip-17$/);
      await page.getByRole('link', { name: 'Back to all tips' }).waitFor();

      await page.goto(env.server.url + 'zelfevaluatie.html?embed=1&lang=en#/zelfevaluatie/beheer');
      await page.waitForURL(/\/self-assessment\.html\?embed=1&lang=en#\/zelfevaluatie\/beheer$/);
      await page.waitForSelector('html.embed.painted main h1');
      const back = switchLink(page, 'Nederlands');
      assert.ok(await back.isVisible(), 'embed mode shows the switch');
      await back.click();
      await page.waitForURL(/\/zelfevaluatie\.html\?embed=1&taal=nl#\/zelfevaluatie\/beheer$/);
      await page.waitForSelector('html.embed.painted main h1');
      assert.equal((await mainHeading(page).textContent()).trim(), 'Mijn zelfevaluaties');
      expectClean(page);
    });
    await withPage(
      env.browser,
      null,
      async (page) => {
        await page.goto(env.server.url + '#/toegankelijkheid');
        await page.waitForURL(/\/english\.html#\/toegankelijkheid$/);
        await page.waitForSelector('html.painted main h1');
        assert.equal((await mainHeading(page).textContent()).trim(), 'Accessibility statement');
        expectClean(page);
      },
      { locale: 'en-GB' },
    );
  });

  test('a link asking for a language or embed mode we do not have says so, and what the page does instead', async () => {
    const url = env.server.url;
    await withPage(env.browser, url + 'index.html?taal=fr#/', async (page) => {
      await page.getByRole('status').getByText('De link vraagt om de taal ‘fr’. Die kennen we niet. U ziet de pagina in het Nederlands.').waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
      expectClean(page);
    });
    await withPage(env.browser, url + 'index.html?embed=ja#/', async (page) => {
      await page.getByRole('status').getByText(/De link vraagt om ‘embed=ja’\. Dat kennen we niet\. U ziet de pagina daarom niet ingebed/).waitFor();
      assert.equal(await page.locator('html.embed').count(), 0, 'not embedded');
      expectClean(page);
    });
    await withPage(
      env.browser,
      url + 'english.html?lang=xx#/',
      async (page) => {
        await page.getByRole('status').getByText('The link asks for the language ‘xx’, which we do not have, so the page is in English.').waitFor();
        expectClean(page);
      },
      { locale: 'en-GB' },
    );
    // What a host or a mail campaign adds is not addressed to the app: nothing to say.
    await withPage(env.browser, url + 'index.html?utm_source=nieuwsbrief&embed=1&taal=nl#/', async (page) => {
      await page.locator('html.embed').waitFor();
      assert.equal(await page.getByText(/De link/).count(), 0, 'no notice');
      expectClean(page);
    });
  });

  test('the English spreadsheet export has English column headers', async () => {
    await withPage(env.browser, env.server.url + 'self-assessment.html#/zelfevaluatie', async (page) => {
      await answerInEnglish(page, 1);
      await page.getByRole('link', { name: 'Export and import', exact: true }).click();
      await mainHeading(page).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download answers for a spreadsheet (CSV)' }).click(),
      ]);
      const csv = await readFile(await download.path(), 'utf8');
      const header = csv.replace(/^\uFEFF/, '').split('\r\n')[0];
      assert.equal(header, 'self_assessment;topic;level;statement_id;statement;answer;note;evidence');
      // The topic and the statement are the English model's.
      const row = csv.split('\r\n').find((line) => line.includes(';eigenaarschap.b5;'));
      assert.ok(row && !/\b(de|het|een|van|wordt)\b/i.test(row), `an English row: ${row}`);
      // The first statement was answered "No": the file says it as the checklist did.
      const answers = readCsv(await readFile(await download.path())).slice(1).map((r) => r[5]).filter(Boolean);
      assert.deepEqual(answers, ['No'], 'the answer in the English word');
      expectClean(page);
    });
  });

  test('theme tags are corpus text: lang="nl" in the filter panel, on cards and on the button that removes one', async () => {
    await withPage(env.browser, env.server.url + 'english.html#/', async (page) => {
      await openFilters(page);
      const option = page.getByRole('group', { name: 'Theme' }).getByRole('checkbox').first();
      assert.equal(await langOfText(option.locator('xpath=..')), 'nl', 'a theme in the filter panel');
      assert.equal(await langOfText(page.locator('.facets').getByRole('group', { name: 'Type' }).locator('label').first()), 'en', 'a kind is English');
      const chip = page.getByRole('main').getByRole('list').getByRole('link', { name: /^Filter on theme/ }).first();
      assert.equal(await langOfText(chip), 'nl', 'a theme on a card');
      expectClean(page);
    });
    await withPage(env.browser, env.server.url + 'english.html#/?q=qwxzqwxz&thema=commitment', async (page) => {
      const remove = page.getByRole('button', { name: 'Remove filter ‘commitment’' });
      assert.equal(await langOfText(remove, 'commitment'), 'nl', 'the theme on the button that removes it');
      assert.equal(await langOfText(remove), 'en', 'the button itself is English');
      expectClean(page);
    });
    // The Dutch page, all Dutch, carries no element for the marking.
    await withPage(env.browser, env.server.url + 'index.html#/', async (page) => {
      const chip = page.getByRole('main').getByRole('list').getByRole('link', { name: /^Filter op thema/ }).first();
      assert.equal(await chip.evaluate((a) => a.children.length), 0, 'the Dutch chip is bare text');
    });
  });

  test('every English view says nothing in Dutch outside lang="nl", with axe and the HTML checker clean', async () => {
    const dutch = [];
    const violations = [];
    const docs = {};
    for (const view of ENGLISH_VIEWS) {
      await withPage(env.browser, env.server.url + view.file + view.hash, async (page) => {
        if (view.prepare) await view.prepare(page);
        assert.equal(await page.locator('html').getAttribute('lang'), 'en', `${view.name}: <html lang>`);
        for (const line of await dutchOutsideLangNl(page)) dutch.push(`${view.name}: ${line}`);
        for (const line of await axeViolations(page)) violations.push(`${view.name}: ${line}`);
        docs[view.name] = await renderedHtml(page);
        expectClean(page);
      });
    }
    assert.deepEqual(dutch, [], `Dutch interface text outside lang="nl":\n${dutch.join('\n')}`);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
    const report = await vnuErrors(docs);
    const errors = Object.entries(report).flatMap(([name, lines]) => lines.map((l) => `${name}: ${l}`));
    assert.deepEqual(errors, [], `the HTML checker found:\n${errors.join('\n')}`);
  });
});
