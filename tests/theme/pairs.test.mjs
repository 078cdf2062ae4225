// The colour pairs the theme check judges (PAIRS in public/huisstijl.mjs) are the pairs
// the stylesheets paint: derived here from style/app.css and style/zelfevaluatie.css, so
// a new rule that puts a token on another background fails this test until the check
// knows the pair, and a pair no rule paints any more fails it too (it would refuse
// themes for nothing). Also: every fallback in the stylesheets is the default theme's value.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAIRS, parseColour, readTheme } from '../../public/huisstijl.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const SHEETS = ['style/app.css', 'style/zelfevaluatie.css'];

const PAGE = '--nl-document-background-color';
const SURFACE = '--nl-surface-background-color';
const HEADER = '--nl-page-header-background-color';

/**
 * What the stylesheets alone cannot say. A rule that colours something without setting a
 * background sits on the page or on a card or notice (both checked), unless it is in the
 * header, or listed here with what is behind it.
 */
const BEHIND = {
  // The marker's fill is its inside; its stroke is what must stand out.
  '.radar__marker': [PAGE],
};
/** A rule that sets a background and leaves the text colour to its parent: which text
 * colours end up on it. */
const INHERITED = {
  // Highlights in a card's text and in its title link (src/ui/list_page.rs).
  mark: ['--nl-document-color', '--nl-link-color', '--nl-link-hover-color'],
  '.level__reached': ['--nl-document-color'],
};

const TEXT = 4.5;
const NON_TEXT = 3;
const BACKGROUND_PROPS = new Set(['background', 'background-color']);

/** Every style rule outside `@media print` (print has no theme colours): `{ selector, declarations }`. */
function rules(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out = [];
  const at = [];
  let prelude = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      const head = prelude.trim();
      prelude = '';
      if (head.startsWith('@')) {
        at.push(head);
        continue;
      }
      const close = text.indexOf('}', i);
      if (!at.some((a) => /\bprint\b/.test(a))) {
        const declarations = text
          .slice(i + 1, close)
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => {
            const colon = d.indexOf(':');
            return { prop: d.slice(0, colon).trim(), value: d.slice(colon + 1).trim() };
          });
        out.push({ selector: head.replace(/\s+/g, ' '), declarations });
      }
      i = close;
    } else if (c === '}') {
      at.pop();
      prelude = '';
    } else {
      prelude += c;
    }
  }
  return out;
}

/** Whether the rule gives its text a token colour (`color: inherit` leaves it to the parent). */
const setsTextColour = (rule) => rule.declarations.some((d) => d.prop === 'color' && colourTokens(d.value).length);

const colourTokens = (value) => [...value.matchAll(/var\(\s*(--[\w-]+-color)\b/g)].map((m) => m[1]);

/** The pairs the stylesheets paint, `fg bg` → the contrast they need. */
function derivedPairs() {
  const pairs = new Map();
  const add = (fg, bg, min) => {
    if (fg === bg) return; // a border in the colour of its own background shows nothing
    const key = `${fg} ${bg}`;
    pairs.set(key, Math.max(pairs.get(key) ?? 0, min));
  };
  const seen = new Set();
  for (const sheet of SHEETS) {
    for (const rule of rules(readFileSync(join(ROOT, sheet), 'utf8'))) {
      seen.add(rule.selector);
      const isText = rule.declarations.some((d) => d.prop === 'font-size');
      const backgrounds = [];
      const foregrounds = [];
      for (const { prop, value } of rule.declarations) {
        for (const token of colourTokens(value)) {
          if (BACKGROUND_PROPS.has(prop)) backgrounds.push(token);
          // SVG text is coloured with fill; shapes are not text.
          else foregrounds.push([token, prop === 'color' || (prop === 'fill' && isText) ? TEXT : NON_TEXT]);
        }
      }
      const behind = backgrounds.length
        ? backgrounds
        : BEHIND[rule.selector] ?? (rule.selector.startsWith('.site-header') ? [HEADER] : [PAGE, SURFACE]);
      for (const [fg, min] of foregrounds) for (const bg of behind) add(fg, bg, min);
      if (backgrounds.length && !setsTextColour(rule)) {
        for (const fg of INHERITED[rule.selector] ?? []) for (const bg of backgrounds) add(fg, bg, TEXT);
      }
    }
  }
  return { pairs, seen };
}

describe('the colour pairs of the theme check', () => {
  test('are exactly the pairs the stylesheets paint, each with the contrast it needs', () => {
    const { pairs } = derivedPairs();
    const listed = new Map(PAIRS.map((p) => [`${p.fg} ${p.bg}`, p.min]));
    assert.equal(listed.size, PAIRS.length, 'a pair is listed twice');
    const missing = [...pairs].filter(([key]) => !listed.has(key)).map(([key, min]) => `${key} (${min}:1)`);
    const stale = [...listed.keys()].filter((key) => !pairs.has(key));
    const wrong = [...pairs].filter(([key, min]) => listed.has(key) && listed.get(key) !== min).map(([key, min]) => `${key}: needs ${min}:1, listed ${listed.get(key)}:1`);
    assert.deepEqual({ missing, stale, wrong }, { missing: [], stale: [], wrong: [] });
  });

  test('every rule named above is still in the stylesheets', () => {
    const { seen } = derivedPairs();
    for (const selector of [...Object.keys(BEHIND), ...Object.keys(INHERITED)]) assert.ok(seen.has(selector), selector);
  });

  test('a rule with a themed background of its own is one the lists above account for', () => {
    // A new chip or bar with its own background and inherited text must say which text
    // ends up on it (INHERITED), or its pairs go unchecked.
    const plain = new Set([PAGE, SURFACE, HEADER]);
    const unaccounted = [];
    for (const sheet of SHEETS) {
      for (const rule of rules(readFileSync(join(ROOT, sheet), 'utf8'))) {
        const backgrounds = rule.declarations.filter((d) => BACKGROUND_PROPS.has(d.prop)).flatMap((d) => colourTokens(d.value));
        if (backgrounds.some((bg) => !plain.has(bg)) && !setsTextColour(rule) && !INHERITED[rule.selector]) unaccounted.push(rule.selector);
      }
    }
    assert.deepEqual(unaccounted, []);
  });
});

describe('fallbacks', () => {
  test('every colour token falls back to the default theme’s value, the same in every rule', () => {
    const theme = readTheme(readFileSync(join(ROOT, 'public/themes/standaard.css'), 'utf8')).tokens;
    const hex = (value) => {
      const c = parseColour(value);
      return c && [c.r, c.g, c.b, c.a].join(',');
    };
    const differ = [];
    for (const sheet of SHEETS) {
      const css = readFileSync(join(ROOT, sheet), 'utf8');
      for (const m of css.matchAll(/var\(\s*(--[\w-]+-color)\s*,\s*([^)]+)\)/g)) {
        if (hex(m[2]) !== hex(theme.get(m[1]))) differ.push(`${sheet}: ${m[0]} (theme: ${theme.get(m[1])})`);
      }
    }
    assert.deepEqual(differ, []);
  });
});
