// The English interface: the switch in the frame keeps the route and the choice, a link
// can ask for a language (`?taal=en`), an English browser gets English on a first visit,
// and every view and state of the English pages says nothing in Dutch outside the Dutch
// passages (corpus text and quotes, marked lang="nl"); back on the Dutch pages, the same
// views say nothing in English outside what is marked lang="en". Both with axe and the
// HTML checker clean.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { expectClean, gotoApp, mainHeading, startServer, waitForHash, withContext, withPage } from './harness.mjs';
import {
  BROKEN_FILE, DEEP_LINK, DIST, answerStatements, axeViolations, colleagueFile, firstCardToMore, importBroken, openFilters, planWithLateAndDone, renderedHtml,
  resultsWithAmbitionAndSnapshot, sortAllToMore, startGame, teamWithTwo, useBrowser, vnuErrors, waitForServiceWorker,
} from './support.mjs';
import { KEY, UI, answer, blockStorage, downloadExport, fillStorage, importField, importFile, importPlan, readCsv, statement } from './selfassessment.mjs';

const env = useBrowser();

/** Frequent Dutch function words: in English text, each is a sign of a Dutch string. */
const DUTCH_WORDS = ['de', 'het', 'een', 'van', 'niet', 'voor', 'uw', 'wordt', 'naar', 'zijn', 'deze', 'welke'];

/**
 * Frequent English function words: in Dutch text, each is a sign of an English string.
 * Left out: 'of', 'in', 'is', 'as', 'an' and 'been', which are Dutch words too ('of' is
 * "or"); and 'and', 'be' and 'it', which the Dutch model quotes as an English slogan
 * inside a Dutch statement ("Be good and tell it").
 */
const ENGLISH_WORDS = ['the', 'your', 'with', 'you', 'this', 'are', 'to', 'for', 'not', 'which', 'have'];

/** Dutch proper names that the English model's statements quote by name, with an English
 * gloss (WCAG 3.1.2 leaves proper names alone). */
const PROPER_NAMES = ['De MogelijkMakers', 'De Graag Gedaan Brigade'];

/**
 * The page's text outside elements marked lang=`other` (and outside what is not
 * rendered) that holds one of `words`, one line per text with the words it holds.
 */
function wordsOutside(page, words, other) {
  return page.evaluate(([words, names, other]) => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, noscript, #prerendered, [hidden]')) continue;
      if (el.closest('[lang]')?.getAttribute('lang') === other) continue;
      if (!el.checkVisibility()) continue;
      const text = node.textContent.trim();
      const hits = names.reduce((t, name) => t.replaceAll(name, ''), text).toLowerCase().split(/[^\p{L}]+/u).filter((w) => words.includes(w));
      if (hits.length) found.push(`${JSON.stringify(text.slice(0, 160))} (${[...new Set(hits)].join(', ')})`);
    }
    return found;
  }, [words, PROPER_NAMES, other]);
}

/** Dutch text on an English page, outside what is marked lang="nl". */
const dutchOutsideLangNl = (page) => wordsOutside(page, DUTCH_WORDS, 'nl');
/** English text on a Dutch page, outside what is marked lang="en". */
const englishOutsideLangEn = (page) => wordsOutside(page, ENGLISH_WORDS, 'en');

/** What each walk looks for: its interface, the words that must not show, and where they may. */
const WALKS = {
  en: { t: UI.en, foreign: dutchOutsideLangNl, marked: 'nl' },
  nl: { t: UI.nl, foreign: englishOutsideLangEn, marked: 'en' },
};

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
const answerInEnglish = (page, n) => answerStatements(page, n, UI.en);

/** A stored state with an answer to the retired statement eigenaarschap.k3;
 * also a self-assessment to manage and export. */
const WITH_RETIRED = JSON.stringify({ version: 1, answers: { 'eigenaarschap.k3': 'ja' } });

/**
 * Every screen and state of one interface (`t`: UI.en or UI.nl) that the walks visit.
 * `file` and `hash` are opened on a fresh load, in a fresh browser profile; `stored` is
 * what that profile's localStorage holds before, and `init` runs before the page's
 * scripts; `prepare(page)` then brings the page into the state.
 */
const views = (t) => {
  const tips = (name, hash, prepare) => ({ name, file: t.tips, hash, prepare });
  const sa = (name, hash, prepare, more = {}) => ({ name: `self-assessment: ${name}`, file: t.assessment, hash, prepare, ...more });
  const answerOne = (page) => answerStatements(page, 1, t);
  return [
    tips('list', '#/'),
    tips('search with results', '#/?q=bestuur'),
    tips('filters open', '#/', async (page) => {
      await openFilters(page);
      await page.getByRole('checkbox', { name: /^Tip/ }).first().check();
      await waitForHash(page, /soort=/);
    }),
    tips('search without results', '#/?q=qwxzqwxz&soort=tip'),
    tips('search with a synonym', '#/?q=wethouder'),
    tips('back to the search results', '#/?q=bestuur&soort=tip', async (page) => {
      await page.getByRole('main').getByRole('heading', { level: 3 }).first().getByRole('link').click();
      await page.getByRole('link', { name: t.backToResults }).waitFor();
    }),
    tips('tip', '#/lees/tip-17'),
    tips('long tip with contents', '#/lees/tip-76'),
    tips('example (deep link)', DEEP_LINK),
    tips('article', '#/lees/het-dna-van-dienstverlening'),
    tips('person', '#/lees/tip-17', async (page) => {
      await page.locator('a[href^="#/persoon/"]').first().click();
      await page.waitForSelector('html.painted main .person h1');
    }),
    tips('accessibility statement', '#/toegankelijkheid'),
    tips('not found', '#/bestaat/niet'),
    tips('unknown link parts', '#/?q=bestuur&kleur=blauw'),
    tips('offline notice', '#/', goOffline),
    { name: 'embedded', file: `${t.tips}?embed=1`, hash: '#/lees/tip-17' },
    // Nothing answered: taking a snapshot says why it does nothing.
    sa('nothing answered, no snapshot yet', '#/zelfevaluatie', (page) => page.locator('.snapshot__why').waitFor()),
    sa('one statement answered', '#/zelfevaluatie', answerOne),
    sa('N/A chosen without a note', '#/zelfevaluatie', async (page) => {
      await answer(page, 0, t.nvt).check();
      await statement(page, 0).locator('.statement__reason').filter({ hasText: /./ }).waitFor();
    }),
    sa('statement in another topic (deep link)', '#/zelfevaluatie/stelling/strategie.b4', (page) =>
      page.waitForFunction(() => document.activeElement?.closest('fieldset.statement'))),
    sa('unknown statement link', '#/zelfevaluatie/stelling/bestaat-niet', linkNotice),
    sa('unknown topic link', '#/zelfevaluatie/onderwerp/bestaat-niet', linkNotice),
    sa('retired statements', '#/zelfevaluatie', (page) => page.getByRole('region', { name: t.retired }).waitFor(), { stored: WITH_RETIRED }),
    sa('link to a retired statement', '#/zelfevaluatie/stelling/eigenaarschap.k3', linkNotice, { stored: WITH_RETIRED }),
    sa('not found', '#/zelfevaluatie/bestaat/niet'),
    sa('results', '#/zelfevaluatie', async (page) => {
      await answerStatements(page, 4, t);
      await page.getByRole('link', { name: t.results, exact: true }).click();
      await waitForHash(page, '#/zelfevaluatie/resultaten');
      await mainHeading(page).waitFor();
    }),
    sa('results with an ambition and a snapshot beside them', '#/zelfevaluatie', (page) => resultsWithAmbitionAndSnapshot(page, t)),
    sa('action plan with an action overdue and one done', '#/zelfevaluatie/actieplan/nieuw/stelling/eigenaarschap.b5', (page) =>
      planWithLateAndDone(page, t)),
    sa('action plan, an action deleted', '#/zelfevaluatie/actieplan/nieuw/stelling/eigenaarschap.b5', async (page) => {
      await page.getByRole('button', { name: t.addAction }).click();
      await page.getByRole('button', { name: t.deleteAction }).click();
      await page.locator('.plan .notice').filter({ has: page.getByRole('button') }).waitFor();
    }),
    sa('action plan, a new action for a tip', '#/zelfevaluatie/actieplan/nieuw/tip/tip-17'),
    sa('action plan, unknown statement link', '#/zelfevaluatie/actieplan/nieuw/stelling/bestaat-niet', (page) =>
      page.locator('.plan__new .notice').waitFor()),
    sa('game, a card', '#/zelfevaluatie/spel', async (page) => {
      await startGame(page, t);
      await firstCardToMore(page, t);
    }),
    sa('game, picking from "do more", one too many', '#/zelfevaluatie/spel', async (page) => {
      await startGame(page, t);
      await sortAllToMore(page, t);
      const boxes = page.getByRole('checkbox');
      for (let i = 0; i < 3; i++) await boxes.nth(i).check();
      // A fourth is refused, with a message.
      await boxes.nth(3).click();
      await page.getByRole('alert').filter({ hasText: /3/ }).waitFor();
    }),
    sa('game, a round finished', '#/zelfevaluatie/spel', async (page) => {
      await startGame(page, t);
      await sortAllToMore(page, t);
      await page.getByRole('checkbox').first().check();
      await page.getByRole('button', { name: t.finishGame }).click();
      await page.getByRole('region', { name: t.gamesPlayed }).getByRole('listitem').first().waitFor();
    }),
    sa('team overview, none yet', '#/zelfevaluatie/team'),
    sa('team overview with two participants and a file that is no export', '#/zelfevaluatie/team', async (page) => {
      await teamWithTwo(page, t, [BROKEN_FILE]);
      await page.locator('.team__files').getByText(BROKEN_FILE.name).waitFor();
    }),
    sa('team overview, no participants yet', '#/zelfevaluatie/team', async (page) => {
      await page.getByLabel(t.newOverview).fill('Team KCC');
      await page.getByRole('button', { name: t.makeOverview }).click();
      await page.getByLabel(t.addFiles).waitFor();
    }),
    sa('team overview, the team\'s answers saved as a self-assessment', '#/zelfevaluatie/team', async (page) => {
      await teamWithTwo(page, t);
      await page.getByRole('group', { name: t.agreedAnswer }).first().getByRole('radio').first().check();
      await page.getByRole('button', { name: t.makeConsensus }).click();
      await page.getByRole('status').getByRole('link', { name: t.toResults }).waitFor();
    }),
    sa('team overview, all statements, anonymous', '#/zelfevaluatie/team', async (page) => {
      await teamWithTwo(page, t);
      await page.getByLabel(t.allStatements).check();
      await page.getByLabel(t.anonymous).check();
      await page.getByRole('columnheader', { name: /2$/ }).waitFor();
    }),
    sa('manage', '#/zelfevaluatie/beheer'),
    sa('manage, renaming', '#/zelfevaluatie/beheer', async (page) => {
      await page.getByRole('button', { name: t.rename }).first().click();
      await page.locator('.assessment-item form').waitFor();
    }, { stored: WITH_RETIRED }),
    sa('manage, deleted, with undo and the question before deleting for good', '#/zelfevaluatie/beheer', async (page) => {
      await page.locator('.assessment-item').first().getByRole('button', { name: t.delete }).click();
      await page.getByRole('button', { name: t.purge }).first().click();
      await page.getByRole('button', { name: t.purgeConfirm }).waitFor();
    }, { stored: WITH_RETIRED }),
    sa('export and import', '#/zelfevaluatie/bestand'),
    sa('export done', '#/zelfevaluatie/bestand', async (page) => {
      await downloadExport(page, t);
      await page.locator('.export__done').filter({ hasText: /./ }).waitFor();
    }, { stored: WITH_RETIRED }),
    sa('import error', '#/zelfevaluatie/bestand', (page) => importBroken(page, t)),
    sa('import, what is in the file', '#/zelfevaluatie/bestand', async (page) => {
      await importField(page, t).setInputFiles(colleagueFile('Anna', 'ja'));
      await importPlan(page, t).waitFor();
    }),
    sa('import done, and the same file again', '#/zelfevaluatie/bestand', async (page) => {
      await importFile(page, colleagueFile('Anna', 'ja'), 'nieuw', t);
      await page.locator('.import__done').filter({ hasText: /./ }).waitFor();
      await importField(page, t).setInputFiles(colleagueFile('Anna', 'ja'));
      await importPlan(page, t).waitFor();
    }),
    sa('stored data that cannot be read', '#/zelfevaluatie', (page) => page.locator('.unreadable').waitFor(), { stored: '[1,2' }),
    sa('data kept apart, the question before deleting it', '#/zelfevaluatie/bestand', async (page) => {
      await page.getByRole('region', { name: t.backups }).getByRole('button', { name: t.delete }).click();
      await page.getByRole('button', { name: t.purgeConfirm }).waitFor();
    }, { stored: '[1,2' }),
    sa('data of a newer version', '#/zelfevaluatie', (page) => page.getByRole('button', { name: t.startOver }).waitFor(), { stored: '{"version":99}' }),
    sa('storage blocked', '#/zelfevaluatie', async (page) => {
      await answerOne(page);
      await page.locator('.not-kept').waitFor();
    }, { init: blockStorage }),
    sa('storage full', '#/zelfevaluatie', async (page) => {
      await fillStorage(page);
      await answer(page, 0, t.no).check();
      await page.locator('.not-kept').waitFor();
    }),
    sa('offline notice', '#/zelfevaluatie/beheer', goOffline),
    { name: 'self-assessment: embedded', file: `${t.assessment}?embed=1`, hash: '#/zelfevaluatie/resultaten' },
  ];
};

/** Takes the browser off the network; the page says so. */
async function goOffline(page) {
  await page.context().setOffline(true);
  await page.locator('.notice--offline').waitFor();
}

/** Waits for the checklist's notice about the statement or topic a link named. */
const linkNotice = (page) => page.locator('.checklist .notice[role=status]').waitFor();

/** Opens `view` in a fresh profile, brings it into its state and calls `check(page)`. */
function visit(view, check) {
  // One init script per context: a view seeds storage or brings its own, never both.
  assert.ok(view.stored === undefined || view.init === undefined, `${view.name}: stored and init together`);
  const seed = view.stored === undefined ? {} : { init: storedBefore, initArg: [KEY, view.stored] };
  return withContext(
    env.browser,
    async ({ newPage }) => {
      const page = await newPage();
      await gotoApp(page, env.server.url + view.file + view.hash);
      if (view.prepare) await view.prepare(page);
      await check(page);
      expectClean(page);
    },
    { init: view.init, ...seed },
  );
}

/** An init script: `value` in localStorage under `key` before the tab's first load, as
 * an earlier visit left it; later loads in the tab find what the app made of it. */
function storedBefore([key, value]) {
  if (sessionStorage.getItem('e2e.stored')) return;
  localStorage.setItem(key, value);
  sessionStorage.setItem('e2e.stored', '1');
}

/**
 * Walks every view of one interface: the words of the other language outside what is
 * marked as such, axe, and the HTML checker, each listed by view.
 */
async function walk(lang) {
  const { t, foreign } = WALKS[lang];
  const found = [];
  const violations = [];
  const docs = {};
  for (const view of views(t)) {
    const started = Date.now();
    await visit(view, async (page) => {
      assert.equal(await page.locator('html').getAttribute('lang'), lang, `${view.name}: <html lang>`);
      for (const line of await foreign(page)) found.push(`${view.name}: ${line}`);
      for (const line of await axeViolations(page)) violations.push(`${view.name}: ${line}`);
      docs[view.name] = await renderedHtml(page);
    });
    console.log(`${lang} ${view.name}: ${Date.now() - started} ms`);
  }
  const report = await vnuErrors(docs);
  const errors = Object.entries(report).flatMap(([name, lines]) => lines.map((l) => `${name}: ${l}`));
  return { found, violations, errors };
}

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
      // The browser kept the choice, so links carry no taal=: an address copied from
      // here does not choose a language for whoever opens it.
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      assert.equal(await menu.getByRole('link', { name: 'Zelfevaluatie', exact: true }).getAttribute('href'), 'zelfevaluatie.html#/zelfevaluatie');
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

  test('the English spreadsheet export has English column headers and answers, and an English file name', async () => {
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
      // The name the user finds it by in their downloads, and reads in the message.
      assert.match(download.suggestedFilename(), /^digiwijzer-self-assessment-my-self-assessment-\d{4}-\d{2}-\d{2}\.csv$/);
      await page.getByText(`Downloaded: ${download.suggestedFilename()}`).waitFor();
      expectClean(page);
    });
  });

  test('the word checks find what they look for: Dutch on the Dutch pages, English on the English ones', async () => {
    // Without this, a walk could pass by finding nothing at all.
    for (const [lang, check] of [
      ['nl', dutchOutsideLangNl],
      ['en', englishOutsideLangEn],
    ]) {
      const t = UI[lang];
      // Pages with much interface prose: the accessibility statement and the checklist.
      for (const url of [`${t.tips}#/toegankelijkheid`, `${t.assessment}#/zelfevaluatie`]) {
        await withPage(env.browser, env.server.url + url, async (page) => {
          await mainHeading(page).waitFor();
          assert.equal(await page.locator('html').getAttribute('lang'), lang);
          // As if every string of the page were in the other interface, unmarked: the
          // page's own language, on <html>, would otherwise exempt it all.
          await page.evaluate((other) => (document.documentElement.lang = other), lang === 'nl' ? 'en' : 'nl');
          const found = await check(page);
          assert.ok(found.length >= 5, `${url}: the ${lang} words are found on a ${lang} page, in ${found.length} texts`);
        });
      }
    }
  });

  test('theme tags are corpus text: lang="nl" in the filter panel, on cards and on the button that removes one', async () => {
    await withPage(env.browser, env.server.url + 'english.html#/', async (page) => {
      await openFilters(page);
      const option = page.getByRole('group', { name: 'Theme' }).getByRole('checkbox').first();
      assert.equal(await langOfText(option.locator('xpath=..')), 'nl', 'a theme in the filter panel');
      assert.equal(await langOfText(page.locator('.facets').getByRole('group', { name: 'Type' }).locator('label').first()), 'en', 'a kind is English');
      const chip = page.getByRole('main').getByRole('list').getByRole('link', { name: /^Filter on theme/ }).first();
      const theme = (await chip.textContent()).replace('Filter on theme', '').trim();
      assert.equal(await langOfText(chip, theme), 'nl', 'a theme on a card, and in the name a screen reader reads');
      assert.equal(await langOfText(chip, 'Filter on theme'), 'en', 'the rest of that name is English');
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
      assert.equal(await chip.evaluate((a) => a.querySelector('[lang]')), null, 'the Dutch chip marks no language');
    });
  });

  for (const [lang, title] of [
    ['en', 'every English view and state says nothing in Dutch outside lang="nl", with axe and the HTML checker clean'],
    ['nl', 'every Dutch view and state says nothing in English outside lang="en", with axe and the HTML checker clean'],
  ]) {
    test(title, async () => {
      const { found, violations, errors } = await walk(lang);
      assert.deepEqual(found, [], `${lang === 'en' ? 'Dutch' : 'English'} interface text outside lang="${WALKS[lang].marked}":\n${found.join('\n')}`);
      assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
      assert.deepEqual(errors, [], `the HTML checker found:\n${errors.join('\n')}`);
    });
  }
});
