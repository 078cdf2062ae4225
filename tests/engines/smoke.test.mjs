// The main journeys in Firefox ESR and WebKitGTK, against the release build served with
// the strict CSP (tests/e2e/ covers everything in Chromium): the list, search, a deep
// link and its reload, an answer of the self-assessment kept across a reload, and the
// service worker serving the app once the server is gone. Each journey gets its own
// server, so its own origin: nothing stored or cached by one journey reaches the next.
//
//   node --test --test-concurrency=1 tests/engines/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../e2e/harness.mjs';
import { DEEP_LINK, DEEP_LINK_HEADING, DIST } from '../e2e/support.mjs';
import { launchFirefox, launchWebKit } from './engines.mjs';

const ENGINES = [
  ['Firefox ESR', launchFirefox],
  ['WebKitGTK', launchWebKit],
];

// What runs in the page: each function stands alone (it is sent to the browser as text).

/** The form field whose label reads `text`. */
function fieldLabelled(text) {
  return [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === text)?.control ?? null;
}
/** What the field labelled `text` holds. */
function fieldValue(text) {
  return [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === text)?.control?.value ?? null;
}
/** The link whose visible text is `text`. */
function link(text) {
  return [...document.querySelectorAll('a')].find((a) => a.innerText.trim() === text) ?? null;
}
/** The answer label `text` ("Ja", "Deels", …) of the n-th statement of the checklist. */
function answerLabel(n, text) {
  const statement = document.querySelectorAll('main fieldset.statement')[n];
  return [...(statement?.querySelectorAll('label') ?? [])].find((l) => l.textContent.trim() === text) ?? null;
}
/** Whether the answer `text` of statement n is the one chosen. */
function answerChosen(n, text) {
  const statement = document.querySelectorAll('main fieldset.statement')[n];
  const label = [...(statement?.querySelectorAll('label') ?? [])].find((l) => l.textContent.trim() === text);
  return label?.control?.checked === true;
}
/** The app is mounted (not only the prerendered start page) and shows its main content. */
function painted() {
  return document.documentElement.classList.contains('painted') && document.querySelector('main#hoofdinhoud :is(h1, .cards, .search)') !== null;
}
const visibleText = (selector) => document.querySelector(selector)?.innerText.trim() ?? null;
const cardTitles = () => [...document.querySelectorAll('main .card h3')].map((h) => h.innerText.trim());

const SEARCH_LABEL = 'Zoek in tips, voorbeelden en artikelen';
const EXAMPLE_ID = 'anker-breng-het-onderwerp-constant-onder-de-aandacht';

async function openApp(s, url) {
  await s.goto(url);
  await s.waitFor('the app to paint its page', painted);
}

async function openChecklist(s, url) {
  await s.goto(`${url}#/zelfevaluatie`);
  await s.waitFor('the self-assessment page', () => location.pathname.endsWith('/zelfevaluatie.html'));
  await s.waitFor('the checklist', () => document.documentElement.classList.contains('painted') && document.querySelector('main fieldset.statement') !== null);
}

/** Waits until the result count reads `text`. */
function resultCount(s, text) {
  return s.waitFor(`the result count "${text}"`, (t) => document.querySelector('.results__count')?.textContent.trim() === t, text);
}

/** Types "eigenaarschap" into the search box and waits for the tip it ranks first, and for
 * the query in the address (written a moment after the results: moving on before it would
 * race that write). */
async function searchOwnership(s) {
  await s.type('eigenaarschap', fieldLabelled, SEARCH_LABEL);
  await s.waitFor('tip 76 first in the results', () => /eigenaar wordt van digitalisering/.test(document.querySelector('main .card h3')?.innerText ?? ''));
  await s.waitFor('the query in the address', () => /q=eigenaarschap/.test(location.hash));
}

async function deepLinkShown(s) {
  await s.waitFor('the tip of the deep link', (h) => document.querySelector('main h1')?.innerText.trim() === h, DEEP_LINK_HEADING);
  // The app moves the focus to the example (and so the screen) once it is painted.
  await s.waitFor('the focus on the example', (id) => document.activeElement?.id === id, EXAMPLE_ID);
  const onScreen = await s.evaluate((id) => {
    // Scrolled to its top, give or take the rounding of a fractional pixel.
    const top = document.getElementById(id).getBoundingClientRect().top;
    return top > -1 && top < innerHeight;
  }, EXAMPLE_ID);
  assert.ok(onScreen, 'the example of the deep link is on screen');
}

const JOURNEYS = {
  async 'reduced motion is asked for, so the page scrolls instantly'(s, url) {
    await openApp(s, url);
    assert.deepEqual(
      await s.evaluate(() => [matchMedia('(prefers-reduced-motion: reduce)').matches, getComputedStyle(document.documentElement).scrollBehavior]),
      [true, 'auto'],
    );
  },

  async 'the list shows every document as a card'(s, url) {
    await openApp(s, url);
    await resultCount(s, '5 resultaten');
    const titles = await s.evaluate(cardTitles);
    assert.equal(titles.length, 5);
    assert.match(titles[0], /bestuur achter je staat/);
  },

  async 'search finds as you type, and the query survives a reload'(s, url) {
    await openApp(s, url);
    await resultCount(s, '5 resultaten');
    await searchOwnership(s);
    assert.match(await s.evaluate(visibleText, '.results__count'), /^\d+ resultaten?$/);
    assert.ok(await s.evaluate(() => document.querySelectorAll('main .card mark').length > 0), 'the query is highlighted in the results');
    const before = await s.evaluate(cardTitles);

    await s.reload();
    await s.waitFor('the app after the reload', painted);
    await s.waitFor('the same results', (t) => document.querySelector('main .card h3')?.innerText.trim() === t, before[0]);
    assert.equal(await s.evaluate(fieldValue, SEARCH_LABEL), 'eigenaarschap');
    assert.deepEqual(await s.evaluate(cardTitles), before);
  },

  async 'a deep link opens its example, also after a reload, and leads back to the list'(s, url) {
    await openApp(s, url + DEEP_LINK);
    await deepLinkShown(s);
    await s.reload();
    await s.waitFor('the app after the reload', painted);
    await deepLinkShown(s);
    await s.click(link, 'Terug naar alle tips');
    await resultCount(s, '5 resultaten');
    assert.equal(await s.evaluate(() => location.hash), '#/');
  },

  async 'an answer in the self-assessment is kept across a reload'(s, url) {
    await openChecklist(s, url);
    // A statement below the first screen: the click has to scroll to it.
    const n = 5;
    assert.ok(await s.evaluate((i) => document.querySelectorAll('main fieldset.statement')[i].getBoundingClientRect().top > innerHeight, n), 'the statement starts below the first screen');
    assert.equal(await s.evaluate(answerChosen, n, 'Deels'), false, 'a fresh checklist has no answer');
    await s.click(answerLabel, n, 'Deels');
    await s.waitFor('the progress to count the answer', () => /\b1 van \d+ stellingen/.test(document.querySelector('.overall__text')?.textContent ?? ''));
    await s.waitFor('"Opgeslagen"', () => [...document.querySelectorAll('[role=status][aria-live=polite]')].some((e) => e.textContent === 'Opgeslagen'));

    await s.reload();
    await s.waitFor('the checklist after the reload', () => document.documentElement.classList.contains('painted') && document.querySelector('main fieldset.statement') !== null);
    await s.waitFor('the answer still chosen', answerChosen, n, 'Deels');
    assert.match(await s.evaluate(visibleText, '.overall__text'), /\b1 van \d+ stellingen/);
  },

  async 'after one visit the service worker serves the app with the server gone'(s, url, server) {
    await openApp(s, url);
    await s.waitFor('the service worker to take control', () => navigator.serviceWorker?.controller != null);
    await server.close();
    // The browser cannot reach the server any more: what follows comes from the worker.
    const probe = `niet-in-de-cache-${Date.now()}`;
    assert.equal(await s.evaluate((p) => fetch(p).then(() => true, () => false), probe), false, 'the server still answers');

    // Away and back, as with a bookmark: a whole new load, not a change of the hash.
    await s.goto('about:blank');
    await openApp(s, url + DEEP_LINK);
    await deepLinkShown(s);
    await s.click(link, 'Terug naar alle tips');
    await resultCount(s, '5 resultaten');
    await searchOwnership(s);

    await openChecklist(s, url);
    // Firefox reports the worker's failed fetch of the probe as a page error: that one is expected.
    const rest = s.problems.filter((p) => !p.includes(probe));
    s.problems.splice(0, s.problems.length, ...rest);
  },
};

for (const [name, launch] of ENGINES) {
  describe(name, () => {
    let engine;
    before(async () => {
      engine = await launch();
    });
    after(async () => {
      await engine?.close();
    });

    for (const [journey, run] of Object.entries(JOURNEYS)) {
      test(journey, { timeout: 90000 }, async () => {
        const server = await startServer({ dir: DIST });
        try {
          const session = await engine.open();
          try {
            await run(session, server.url, server);
            assert.deepEqual(session.problems, [], `the page reported problems:\n${session.problems.join('\n')}`);
          } finally {
            await session.close();
          }
        } finally {
          await server.close();
        }
      });
    }
  });
}
