// Keyboard only: the skip link, `/` to search, Tab to a result, Enter to open it, on to
// the quoted person, and into the self-assessment to answer a statement; every stop
// shows a visible focus ring.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectClean, mainHeading, resultCount, waitForHash, waitForResultCountChange, withPage } from './harness.mjs';
import { useBrowser } from './support.mjs';
import { announced } from './selfassessment.mjs';

const env = useBrowser();

/** The focused element, and whether a sighted keyboard user can see that it is. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 60),
      href: el.getAttribute('href'),
      type: el.getAttribute('type'),
      ring: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      box: [Math.round(box.left), Math.round(box.top), Math.round(box.width), Math.round(box.height), innerWidth, innerHeight, scrollY],
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.left < innerWidth && box.top < innerHeight,
    };
  });
}

/** Presses `key` until `wanted(focus)` holds; every stop on the way must show its focus. */
async function tabTo(page, wanted, { key = 'Tab', limit = 80 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    // The browser scrolls the focused element into view, smoothly unless reduced motion is asked.
    await page
      .waitForFunction(() => {
        const box = document.activeElement.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      }, null, { timeout: 10000 })
      .catch(() => {});
    const focus = await focused(page);
    assert.ok(focus.ring && focus.onScreen, `no visible focus on ${JSON.stringify(focus)}`);
    if (wanted(focus)) return focus;
  }
  assert.fail(`pressed ${key} ${limit} times without reaching the target`);
}

/** Lets the app react to a route change: the URL changes before its `hashchange` event
 * is handled, and focus moves only then. Gives up quietly; the assertion after it reports. */
function afterFocusMoves(page, tag) {
  return page
    .waitForFunction((tag) => document.activeElement?.tagName.toLowerCase() === tag, tag, { timeout: 5000 })
    .catch(() => {});
}

describe('keyboard only', () => {
  test('skip link → search → result → tip → person → answer a statement, with visible focus throughout', async () => {
    await withPage(env.browser, env.server.url, async (page) => {
      // The first Tab shows the skip link; Enter moves focus to the main content.
      const skip = await tabTo(page, () => true);
      assert.equal(skip.text, 'Direct naar de inhoud');
      await page.keyboard.press('Enter');
      assert.equal((await focused(page)).id, 'hoofdinhoud');

      // `/` jumps to the search box; typing searches.
      await page.keyboard.press('/');
      assert.equal((await focused(page)).id, 'zoekveld');
      await page.keyboard.type('bestuur');
      await waitForHash(page, /q=bestuur/);

      // Tab through the filters to the first result and open it.
      const result = await tabTo(page, (f) => f.tag === 'a' && f.href?.startsWith('#/lees/'));
      await page.keyboard.press('Enter');
      await waitForHash(page, result.href);
      await afterFocusMoves(page, 'h1');
      const heading = await focused(page);
      assert.equal(heading.tag, 'h1', 'focus moves to the heading of the opened tip');

      // On to everything one quoted person said.
      await tabTo(page, (f) => f.tag === 'a' && f.href?.startsWith('#/persoon/'));
      await page.keyboard.press('Enter');
      await waitForHash(page, /^#\/persoon\//);
      await afterFocusMoves(page, 'h1');
      assert.equal((await focused(page)).tag, 'h1');
      assert.match(await mainHeading(page).textContent(), /^Tips en voorbeelden van /);

      // Back in the header by Shift+Tab: the main menu takes us to the self-assessment.
      await tabTo(page, (f) => f.href === 'zelfevaluatie.html#/zelfevaluatie', { key: 'Shift+Tab' });
      await page.keyboard.press('Enter');
      // The self-assessment is a page of its own: a fresh page load, so focus starts at
      // the top and the first Tab reaches the skip link, as on any website.
      await page.waitForURL(/\/zelfevaluatie\.html#\/zelfevaluatie$/);
      await page.waitForSelector('fieldset.statement');
      const first = await tabTo(page, (f) => f.tag === 'a');
      assert.equal(first.href, '#hoofdinhoud');

      // Tab to the first statement's answers; Space chooses the first ("Nee"), and the save is announced.
      const radio = await tabTo(page, (f) => f.tag === 'input' && f.type === 'radio');
      await page.keyboard.press('Space');
      assert.equal(await page.locator(`[id="${radio.id}"]`).isChecked(), true);
      await announced(page, 'Opgeslagen');
      // Arrow keys move between the answers of one statement, as in any radio group.
      await page.keyboard.press('ArrowRight');
      const next = await focused(page);
      assert.notEqual(next.id, radio.id);
      assert.equal(await page.locator(`[id="${next.id}"]`).isChecked(), true);
      assert.match(await page.locator('.overall__text').textContent(), /\b1 van \d+ stellingen/);

      expectClean(page);
    });
  });

  test('filters work from the keyboard: Space ticks a checkbox, the count follows', async () => {
    await withPage(env.browser, env.server.url, async (page) => {
      // On a phone the filters start folded: open them with Enter on the summary.
      await tabTo(page, (f) => f.tag === 'summary');
      await page.keyboard.press('Enter');
      const before = await resultCount(page);
      await tabTo(page, (f) => f.tag === 'input');
      await page.keyboard.press('Space');
      await waitForResultCountChange(page, before);
      assert.match(page.url(), /#\/\?/);
      expectClean(page);
    }, { viewport: { width: 375, height: 740 } });
  });
});
