// The theme check of public/huisstijl.mjs (the rebrand script shipped in dist/ and the
// build's theme step): colour parsing, WCAG contrast, and what a theme may name.
// Zero dependencies: `node --test tests/theme/`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTheme, contrastRatio, formatRatio, parseColour, readTheme, relativeLuminance } from '../../public/huisstijl.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const rgb = (r, g, b, a = 1) => ({ r, g, b, a });
const ratio = (fg, bg) => contrastRatio(parseColour(fg), parseColour(bg));

/** A folder laid out like dist/ as far as the check looks: the app's stylesheets. */
function appFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'digiwijzer-theme-'));
  copyFileSync(join(ROOT, 'style/app.css'), join(dir, 'app-0123456789abcdef.css'));
  copyFileSync(join(ROOT, 'style/zelfevaluatie.css'), join(dir, 'zelfevaluatie-0123456789abcdef.css'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function check(css, files = {}) {
  const app = appFolder();
  try {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(app.dir, name, '..'), { recursive: true });
      writeFileSync(join(app.dir, name), content);
    }
    return checkTheme(readTheme(css), app.dir);
  } finally {
    app.remove();
  }
}

describe('colours', () => {
  test('every CSS colour form a theme file may hold is read', () => {
    assert.deepEqual(parseColour('#154273'), rgb(0x15, 0x42, 0x73));
    assert.deepEqual(parseColour('#FFF'), rgb(255, 255, 255));
    assert.deepEqual(parseColour('#0008'), rgb(0, 0, 0, 0x88 / 255));
    assert.deepEqual(parseColour('#ffffff80'), rgb(255, 255, 255, 0x80 / 255));
    assert.deepEqual(parseColour('rgb(21, 66, 115)'), rgb(21, 66, 115));
    assert.deepEqual(parseColour('rgb(21 66 115 / 50%)'), rgb(21, 66, 115, 0.5));
    assert.deepEqual(parseColour('rgba(100%, 0%, 0%, 0.25)'), rgb(255, 0, 0, 0.25));
    assert.deepEqual(parseColour('hsl(120, 100%, 25%)'), rgb(0, 127.5, 0));
    assert.deepEqual(parseColour('hsl(0deg 0% 100%)'), rgb(255, 255, 255));
    assert.deepEqual(parseColour('  Orange '), rgb(255, 165, 0));
    assert.deepEqual(parseColour('rebeccapurple'), rgb(0x66, 0x33, 0x99));
    assert.equal(parseColour('transparent').a, 0);
  });

  test('what is no colour, or none this check can judge, is null', () => {
    for (const text of ['', 'blauw', '#12345', '#ggg', 'rgb(1, 2)', 'rgb(a, b, c)', 'currentColor', 'var(--x)', 'hsl(10, 20, 30)']) {
      assert.equal(parseColour(text), null, text);
    }
  });
});

describe('contrast (WCAG 2.2)', () => {
  test('luminance runs from black 0 to white 1', () => {
    assert.equal(relativeLuminance(rgb(0, 0, 0)), 0);
    assert.equal(relativeLuminance(rgb(255, 255, 255)), 1);
  });

  test('the ratio is 21:1 at most, 1:1 for one colour, and the same either way round', () => {
    assert.equal(ratio('#000', '#fff'), 21);
    assert.equal(ratio('#154273', '#154273'), 1);
    assert.equal(ratio('#fff', '#154273'), ratio('#154273', '#fff'));
  });

  test('known pairs: the greys either side of 4.5:1, and the orange button of the issue', () => {
    // #767676 is the lightest grey that passes on white; #777777 just fails.
    assert.ok(ratio('#767676', '#fff') >= 4.5, formatRatio(ratio('#767676', '#fff')));
    assert.ok(ratio('#777777', '#fff') < 4.5, formatRatio(ratio('#777777', '#fff')));
    assert.equal(formatRatio(ratio('#fff', '#154273')), '10,20:1');
    assert.equal(formatRatio(ratio('#fff', '#f39200')), '2,35:1');
    assert.equal(formatRatio(ratio('#fff', 'orange')), '1,97:1');
  });

  test('a see-through text colour counts as painted over its background', () => {
    // Black at half strength on white is mid grey.
    const white = rgb(255, 255, 255);
    assert.equal(contrastRatio(rgb(0, 0, 0, 0.5), white), contrastRatio(rgb(127.5, 127.5, 127.5), white));
    assert.equal(contrastRatio(rgb(0, 0, 0, 0), rgb(255, 255, 255)), 1);
  });

  test('a ratio is shown rounded down, so a failing one never reads as the minimum', () => {
    assert.equal(formatRatio(4.4999), '4,49:1');
    assert.equal(formatRatio(3), '3,00:1');
    assert.equal(formatRatio(21), '21,00:1');
  });
});

describe('checking a theme', () => {
  test('the two themes that ship pass every pair', () => {
    for (const theme of ['standaard', 'voorbeeldgemeente']) {
      const css = readFileSync(join(ROOT, 'public/themes', `${theme}.css`), 'utf8');
      const result = check(css, { 'icons/icon.svg': '<svg/>', 'icons/voorbeeldgemeente-logo.svg': '<svg/>' });
      assert.deepEqual(result.errors, [], theme);
      assert.deepEqual(result.warnings, [], theme);
    }
  });

  test('white text on an orange button is refused, naming both tokens, their values and the ratio', () => {
    const { errors } = check(':root { --nl-button-primary-background-color: #f39200; --nl-button-primary-color: #fff; }');
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^Te weinig contrast:/);
    assert.match(errors[0], /knoptekst \(--nl-button-primary-color: #fff\) op knopkleur \(--nl-button-primary-background-color: #f39200\): 2,35:1, nodig is minstens 4,5:1/);
    // The filled "definitief verwijderen" button keeps its own colour and passes.
    assert.doesNotMatch(errors[0], /--nl-danger-color/);
  });

  test('a token the theme leaves out is judged by the app’s own fallback, and named as such', () => {
    const { errors } = check(':root { --nl-document-background-color: #222; }');
    assert.match(errors[0], /tekst \(--nl-document-color: #1b1b1b, de standaardwaarde\) op pagina-achtergrond \(--nl-document-background-color: #222\)/);
  });

  test('a focus ring or field border needs 3:1, not 4.5:1', () => {
    const ok = check(':root { --nl-focus-outline-color: #e0621a; }');
    assert.ok(ratio('#e0621a', '#f3f6f9') >= 3 && ratio('#e0621a', '#fff') < 4.5);
    assert.deepEqual(ok.errors, []);
    const { errors } = check(':root { --nl-border-color: #c8d0d8; }');
    assert.match(errors[0], /rand van invoervelden \(--nl-border-color: #c8d0d8\) op pagina-achtergrond .*nodig is minstens 3:1 \(rand of focusrand/);
  });

  test('tokens may refer to each other with var(), and a see-through background shows the page', () => {
    assert.deepEqual(check(':root { --nl-link-color: var(--nl-page-header-background-color); }').errors, []);
    const { errors } = check(':root { --nl-surface-background-color: rgb(0 0 0 / 0.9); }');
    assert.match(errors[0], /op achtergrond van kaarten en meldingen/);
  });

  test('a colour the check cannot read is refused with what to write instead', () => {
    const { errors } = check(':root { --nl-link-color: blauw; }');
    assert.deepEqual(errors, ['--nl-link-color: ‘blauw’ is geen kleur die deze controle kan lezen. Schrijf de kleur als #rrggbb, bijvoorbeeld #1b1b1b.']);
  });

  test('a misspelt token is a warning; comments and strings do not confuse the reader', () => {
    const { errors, warnings, organisation } = check(`/* --nl-link-color: yellow; */
      :root { --nl-link-colour: #000; --dw-organisation-name: "Gemeente \\"Noord; Zuid\\""; }`);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, ['--nl-link-colour kent de app niet; het heeft geen effect. Is het een tikfout?']);
    assert.equal(organisation, 'Gemeente "Noord; Zuid"');
  });
});

describe('files a theme names', () => {
  const font = (src, family = 'Huisletter') =>
    `@font-face { font-family: "${family}"; src: url(${src}) format("woff2"); font-display: swap; }
     :root { --nl-document-font-family: "Huisletter", Arial, sans-serif; }`;

  test('a font in fonts/ of the app is accepted', () => {
    const result = check(font('"fonts/huisletter.woff2"'), { 'fonts/huisletter.woff2': 'x' });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.warnings, []);
  });

  test('a font that is not there, on another server, or a data: URL is refused (the CSP would block the last two)', () => {
    assert.match(check(font('"fonts/huisletter.woff2"')).errors[0], /het bestand fonts\/huisletter\.woff2 staat niet in /);
    assert.match(check(font('https://fonts.example.com/h.woff2')).errors[0], /alleen bestanden uit de map van de app .* De CSP blokkeert andere servers/);
    assert.match(check(font('//fonts.example.com/h.woff2')).errors[0], /De CSP blokkeert andere servers/);
    assert.match(check(font('/fonts/h.woff2')).errors[0], /met een pad vanaf theme\.css/);
    assert.match(check(font('"data:font/woff2;base64,AAAA"')).errors[0], /data:-adres laat de CSP niet toe/);
    assert.match(check(font('"../h.woff2"')).errors[0], /wijst buiten de map van de app/);
  });

  test('a font the font family never names, and a logo that is not there, are pointed out', () => {
    const unused = check(font('"fonts/a.woff2"', 'Anders'), { 'fonts/a.woff2': 'x' });
    assert.deepEqual(unused.warnings, ['Het lettertype ‘Anders’ staat niet in --nl-document-font-family; de app gebruikt het dan niet.']);
    assert.match(check(':root { --dw-logo: url("icons/logo.svg"); }').errors[0], /het bestand icons\/logo\.svg staat niet in/);
    assert.deepEqual(check(':root { --dw-logo: url("data:image/svg+xml,%3Csvg%2F%3E"); }').errors, []);
  });
});
