// Digiwijzer: de huisstijl van een gebouwde app aanpassen, zonder te bouwen en zonder
// pakketten. U hebt alleen Node.js nodig (versie 20 of nieuwer) en de map van de app.
//
//   node huisstijl.mjs <thema>                 past het thema toe
//   node huisstijl.mjs --controleer <thema>    controleert alleen, schrijft niets
//
// <thema> is de naam van een bestand in themes/ (`voorbeeldgemeente` voor
// themes/voorbeeldgemeente.css) of het pad naar een .css-bestand. Het script controleert
// het contrast van elk kleurenpaar dat de app samen toont (WCAG 2.2 AA) en of elk
// bestand dat het thema noemt (logo, lettertype) in deze map staat. Is alles goed, dan
// schrijft het theme.css, de themakleur van de pagina's en een nieuwe versie van de
// service worker: wie de app al eerder opende, krijgt de melding "Er is een nieuwe
// versie — herladen". Keurt het het thema af, dan verandert er niets.
// Meer uitleg staat in de README, onder "Huisstijl aanpassen zonder te bouwen".
//
// The same module is the theme and service-worker step of the build
// (scripts/postbuild.mjs imports it), so there is one implementation. It may use nothing
// but Node's built-in modules: it runs from a bare copy of dist/, without the repository
// or node_modules. Messages are for the editor, so they are in Dutch.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A theme or build that cannot be applied; the message says what to change, in Dutch. */
export class ThemeError extends Error {}

// ---------------------------------------------------------------------------------------
// Colours and contrast (WCAG 2.2, "contrast ratio" and "relative luminance").

/** The CSS named colours (CSS Color 4). */
const NAMED = Object.fromEntries(
  (
    'aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff beige:f5f5dc bisque:ffe4c4 ' +
    'black:000000 blanchedalmond:ffebcd blue:0000ff blueviolet:8a2be2 brown:a52a2a burlywood:deb887 cadetblue:5f9ea0 ' +
    'chartreuse:7fff00 chocolate:d2691e coral:ff7f50 cornflowerblue:6495ed cornsilk:fff8dc crimson:dc143c cyan:00ffff ' +
    'darkblue:00008b darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9 darkgreen:006400 darkgrey:a9a9a9 ' +
    'darkkhaki:bdb76b darkmagenta:8b008b darkolivegreen:556b2f darkorange:ff8c00 darkorchid:9932cc darkred:8b0000 ' +
    'darksalmon:e9967a darkseagreen:8fbc8f darkslateblue:483d8b darkslategray:2f4f4f darkslategrey:2f4f4f ' +
    'darkturquoise:00ced1 darkviolet:9400d3 deeppink:ff1493 deepskyblue:00bfff dimgray:696969 dimgrey:696969 ' +
    'dodgerblue:1e90ff firebrick:b22222 floralwhite:fffaf0 forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc ' +
    'ghostwhite:f8f8ff gold:ffd700 goldenrod:daa520 gray:808080 green:008000 greenyellow:adff2f grey:808080 ' +
    'honeydew:f0fff0 hotpink:ff69b4 indianred:cd5c5c indigo:4b0082 ivory:fffff0 khaki:f0e68c lavender:e6e6fa ' +
    'lavenderblush:fff0f5 lawngreen:7cfc00 lemonchiffon:fffacd lightblue:add8e6 lightcoral:f08080 lightcyan:e0ffff ' +
    'lightgoldenrodyellow:fafad2 lightgray:d3d3d3 lightgreen:90ee90 lightgrey:d3d3d3 lightpink:ffb6c1 ' +
    'lightsalmon:ffa07a lightseagreen:20b2aa lightskyblue:87cefa lightslategray:778899 lightslategrey:778899 ' +
    'lightsteelblue:b0c4de lightyellow:ffffe0 lime:00ff00 limegreen:32cd32 linen:faf0e6 magenta:ff00ff maroon:800000 ' +
    'mediumaquamarine:66cdaa mediumblue:0000cd mediumorchid:ba55d3 mediumpurple:9370db mediumseagreen:3cb371 ' +
    'mediumslateblue:7b68ee mediumspringgreen:00fa9a mediumturquoise:48d1cc mediumvioletred:c71585 ' +
    'midnightblue:191970 mintcream:f5fffa mistyrose:ffe4e1 moccasin:ffe4b5 navajowhite:ffdead navy:000080 ' +
    'oldlace:fdf5e6 olive:808000 olivedrab:6b8e23 orange:ffa500 orangered:ff4500 orchid:da70d6 palegoldenrod:eee8aa ' +
    'palegreen:98fb98 paleturquoise:afeeee palevioletred:db7093 papayawhip:ffefd5 peachpuff:ffdab9 peru:cd853f ' +
    'pink:ffc0cb plum:dda0dd powderblue:b0e0e6 purple:800080 rebeccapurple:663399 red:ff0000 rosybrown:bc8f8f ' +
    'royalblue:4169e1 saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460 seagreen:2e8b57 seashell:fff5ee ' +
    'sienna:a0522d silver:c0c0c0 skyblue:87ceeb slateblue:6a5acd slategray:708090 slategrey:708090 snow:fffafa ' +
    'springgreen:00ff7f steelblue:4682b4 tan:d2b48c teal:008080 thistle:d8bfd8 tomato:ff6347 turquoise:40e0d0 ' +
    'violet:ee82ee wheat:f5deb3 white:ffffff whitesmoke:f5f5f5 yellow:ffff00 yellowgreen:9acd32'
  )
    .split(' ')
    .map((entry) => entry.split(':')),
);

/**
 * A CSS colour as `{ r, g, b, a }` (0–255, alpha 0–1), or `null` when it is not one this
 * check can read: hex (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`), `rgb()`/`rgba()`,
 * `hsl()`/`hsla()`, a named colour or `transparent`.
 */
export function parseColour(text) {
  const value = String(text).trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = NAMED[value] ? `#${NAMED[value]}` : value;
  let m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(hex);
  if (m) {
    let digits = m[1];
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    const n = (i) => parseInt(digits.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: digits.length === 8 ? n(6) / 255 : 1 };
  }
  m = /^(rgba?|hsla?)\(\s*([^)]*)\)$/.exec(value);
  if (!m) return null;
  const parts = m[2].split(/\s*[,/]\s*|\s+/).filter(Boolean);
  if (parts.length !== 3 && parts.length !== 4) return null;
  const number = (part, scale) => {
    const p = /^([+-]?(?:\d+\.?\d*|\.\d+))(%|deg)?$/.exec(part);
    if (!p) return NaN;
    return p[2] === '%' ? (Number(p[1]) / 100) * scale : Number(p[1]);
  };
  const alpha = parts.length === 4 ? number(parts[3], 1) : 1;
  let rgb;
  if (m[1].startsWith('rgb')) {
    rgb = parts.slice(0, 3).map((p) => number(p, 255));
  } else {
    const h = number(parts[0].replace(/deg$/, ''), 360);
    const s = number(parts[1], 1);
    const l = number(parts[2], 1);
    if (!parts[1].endsWith('%') || !parts[2].endsWith('%')) return null;
    rgb = hslToRgb(h, s, l);
  }
  if ([...rgb, alpha].some((x) => !Number.isFinite(x))) return null;
  const clamp = (x, max) => Math.min(max, Math.max(0, x));
  return { r: clamp(rgb[0], 255), g: clamp(rgb[1], 255), b: clamp(rgb[2], 255), a: clamp(alpha, 1) };
}

function hslToRgb(h, s, l) {
  const hue = (((h % 360) + 360) % 360) / 30;
  const k = (n) => (n + hue) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

/** `top` painted over the opaque `bottom`. */
export function composite(top, bottom) {
  const mix = (t, b) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG's relative luminance of an opaque colour. */
export function relativeLuminance({ r, g, b }) {
  const linear = (channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG's contrast ratio (1 to 21) of `foreground` on the opaque `background`; a
 * see-through foreground counts as painted over that background. */
export function contrastRatio(foreground, background) {
  const fg = foreground.a < 1 ? composite(foreground, background) : foreground;
  const [light, dark] = [relativeLuminance(fg), relativeLuminance(background)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** A ratio as the editor reads it, rounded down so a failing 4.496 never shows as "4,50":
 * `2,35:1`. */
export function formatRatio(ratio) {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2).replace('.', ',')}:1`;
}

const hexOf = ({ r, g, b }) => '#' + [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');

// ---------------------------------------------------------------------------------------
// The tokens and the pairs the app shows together.

/** What each colour token colours, in the editor's words. */
const TOKEN_NAMES = {
  '--nl-document-color': 'tekst',
  '--nl-document-background-color': 'pagina-achtergrond',
  '--nl-surface-background-color': 'achtergrond van kaarten en meldingen',
  '--nl-border-color': 'rand van invoervelden',
  '--nl-page-header-background-color': 'kopbalk',
  '--nl-page-header-color': 'tekst in de kopbalk',
  '--nl-link-color': 'links',
  '--nl-link-hover-color': 'links onder de muis',
  '--nl-button-primary-background-color': 'knopkleur',
  '--nl-button-primary-color': 'knoptekst',
  '--nl-focus-outline-color': 'focusrand',
  '--nl-badge-background-color': 'achtergrond van ‘Toptip’-labels',
  '--nl-mark-background-color': 'markering van zoekwoorden',
  '--nl-muted-color': 'bijzaken (datums, aantallen)',
  '--nl-danger-color': 'foutmeldingen en verwijderknoppen',
  '--nl-success-color': 'bevestigingen',
};

/** Text needs 4.5:1 (WCAG 1.4.3); focus rings and the borders of form fields 3:1 (1.4.11). */
const TEXT = 4.5;
const NON_TEXT = 3;

/**
 * Every pair of colour tokens that style/app.css and style/zelfevaluatie.css paint on top
 * of each other: `fg` is drawn on `bg`. tests/theme/pairs.test.mjs derives the pairs from
 * those stylesheets and fails when this list misses one or keeps one they no longer paint.
 */
export const PAIRS = [
  { fg: '--nl-document-color', bg: '--nl-document-background-color', min: TEXT, where: 'lopende tekst' },
  { fg: '--nl-document-color', bg: '--nl-surface-background-color', min: TEXT, where: 'kaarten, meldingen en voorbeelden' },
  { fg: '--nl-document-color', bg: '--nl-badge-background-color', min: TEXT, where: '‘Toptip’ en bereikte niveaus' },
  { fg: '--nl-document-color', bg: '--nl-mark-background-color', min: TEXT, where: 'zoekwoorden in de tekst van een kaart' },
  { fg: '--nl-link-color', bg: '--nl-document-background-color', min: TEXT, where: 'links en secundaire knoppen' },
  { fg: '--nl-link-color', bg: '--nl-surface-background-color', min: TEXT, where: 'links op kaarten en in meldingen' },
  { fg: '--nl-link-color', bg: '--nl-mark-background-color', min: TEXT, where: 'zoekwoorden in de titel van een kaart' },
  { fg: '--nl-link-hover-color', bg: '--nl-document-background-color', min: TEXT, where: 'links onder de muis' },
  { fg: '--nl-link-hover-color', bg: '--nl-surface-background-color', min: TEXT, where: 'links op kaarten onder de muis' },
  { fg: '--nl-link-hover-color', bg: '--nl-mark-background-color', min: TEXT, where: 'zoekwoorden in een titel onder de muis' },
  { fg: '--nl-muted-color', bg: '--nl-document-background-color', min: TEXT, where: 'datums, aantallen en hulpteksten' },
  { fg: '--nl-muted-color', bg: '--nl-surface-background-color', min: TEXT, where: 'datums en aantallen op kaarten' },
  { fg: '--nl-danger-color', bg: '--nl-document-background-color', min: TEXT, where: 'foutmeldingen en verwijderknoppen' },
  { fg: '--nl-danger-color', bg: '--nl-surface-background-color', min: TEXT, where: 'waarschuwingen bij het importeren' },
  { fg: '--nl-page-header-color', bg: '--nl-page-header-background-color', min: TEXT, where: 'de kopbalk' },
  { fg: '--nl-button-primary-color', bg: '--nl-button-primary-background-color', min: TEXT, where: 'knoppen' },
  { fg: '--nl-button-primary-color', bg: '--nl-danger-color', min: TEXT, where: 'de knop ‘definitief verwijderen’' },
  { fg: '--nl-focus-outline-color', bg: '--nl-document-background-color', min: NON_TEXT, where: 'de focusrand op de pagina' },
  { fg: '--nl-focus-outline-color', bg: '--nl-surface-background-color', min: NON_TEXT, where: 'de focusrand op kaarten en meldingen' },
  { fg: '--nl-border-color', bg: '--nl-document-background-color', min: NON_TEXT, where: 'de rand van invoervelden' },
  { fg: '--nl-border-color', bg: '--nl-surface-background-color', min: NON_TEXT, where: 'de rand van invoervelden in meldingen' },
];

/** Tokens the app reads that no stylesheet names in a `var()`. */
const READ_ELSEWHERE = ['--dw-organisation-name', '--nl-success-color'];

/** The tokens the app's stylesheets use, with the value each falls back to when a theme
 * leaves it out: `var(--token, fallback)` in the built CSS next to theme.css. */
export function readFallbacks(dir) {
  const fallbacks = new Map();
  const sheets = readdirSync(dir).filter((f) => f.endsWith('.css') && f !== 'theme.css');
  for (const sheet of sheets) {
    const css = readFileSync(join(dir, sheet), 'utf8');
    for (const m of css.matchAll(/var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*?))?\s*\)/g)) {
      if (!fallbacks.has(m[1]) || (m[2] && !fallbacks.get(m[1]))) fallbacks.set(m[1], m[2]?.trim() ?? '');
    }
  }
  if (fallbacks.size === 0) throw new ThemeError(`In ${dir} staan geen stijlbladen van Digiwijzer (app-….css). Staat dit script in de map van de app?`);
  return fallbacks;
}

// ---------------------------------------------------------------------------------------
// Reading a theme.

const STRING = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/;
const withoutComments = (css) => css.replace(new RegExp(`(${STRING.source})|\\/\\*[\\s\\S]*?\\*\\/`, 'g'), (_m, s) => s ?? '');

/**
 * What a theme file says: its custom properties (the last one of a name wins, as in CSS),
 * its `@font-face` rules and every `url()` it names.
 */
export function readTheme(css) {
  const text = withoutComments(css);
  const tokens = new Map();
  const value = `((?:${STRING.source}|[^;{}"'])*)`;
  for (const m of text.matchAll(new RegExp(`(--[\\w-]+)\\s*:\\s*${value}`, 'g'))) tokens.set(m[1], m[2].trim());
  const fontFaces = [];
  for (const m of text.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const family = /font-family\s*:\s*([^;]+)/.exec(m[1])?.[1].trim().replace(/^(["'])(.*)\1$/, '$2');
    fontFaces.push({ family, start: m.index, end: m.index + m[0].length });
  }
  const urls = [];
  for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
    const inFontFace = fontFaces.some((f) => m.index > f.start && m.index < f.end);
    urls.push({ url: m[1] ?? m[2] ?? m[3], inFontFace });
  }
  return { tokens, fontFaces, urls };
}

/** The text of a CSS string (`"Gemeente \"X\""` → `Gemeente "X"`), as src/ui/theme.rs reads it. */
function cssString(raw) {
  const m = /^(["'])(.*)\1$/.exec(raw.trim());
  return (m ? m[2].replace(/\\(.)/g, '$1') : raw).trim();
}

/**
 * Checks `theme` (from `readTheme`) for the app in `dir`. Returns `{ errors, warnings,
 * colours, organisation }`; an error means the theme must not be applied. Each message
 * says, in Dutch, what is wrong and where.
 */
export function checkTheme(theme, dir) {
  const errors = [];
  const warnings = [];
  const fallbacks = readFallbacks(dir);
  const known = new Set([...fallbacks.keys(), ...READ_ELSEWHERE]);

  const resolveToken = (name, seen = new Set()) => {
    if (seen.has(name)) return null;
    seen.add(name);
    const raw = theme.tokens.get(name) ?? fallbacks.get(name);
    if (raw === undefined || raw === '') return null;
    let failed = false;
    const resolved = raw.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_m, inner, fallback) => {
      const value = resolveToken(inner, seen) ?? fallback?.trim();
      if (value == null) failed = true;
      return value ?? '';
    });
    return failed ? null : resolved;
  };

  const colours = new Map();
  const colour = (name) => {
    if (colours.has(name)) return colours.get(name);
    const value = resolveToken(name);
    let parsed = value == null ? null : parseColour(value);
    if (value == null) {
      errors.push(`${name} ontbreekt: het thema geeft geen waarde en de app heeft er geen.`);
    } else if (!parsed) {
      errors.push(`${name}: ‘${value}’ is geen kleur die deze controle kan lezen. Schrijf de kleur als #rrggbb, bijvoorbeeld #1b1b1b.`);
    }
    colours.set(name, parsed);
    return parsed;
  };
  // A see-through background shows the page under it; the page shows white under it.
  const white = { r: 255, g: 255, b: 255, a: 1 };
  const page = () => {
    const p = colour('--nl-document-background-color');
    return p && (p.a < 1 ? composite(p, white) : p);
  };
  const shown = (name) => `${TOKEN_NAMES[name] ?? name} (${name}: ${theme.tokens.get(name) ?? `${fallbacks.get(name)}, de standaardwaarde`})`;

  const contrast = [];
  for (const pair of PAIRS) {
    const fg = colour(pair.fg);
    let bg = colour(pair.bg);
    const under = page();
    if (!fg || !bg || !under) continue;
    if (bg.a < 1) bg = composite(bg, under);
    const ratio = contrastRatio(fg, bg);
    if (ratio < pair.min) {
      const kind = pair.min === TEXT ? 'tekst' : 'rand of focusrand';
      contrast.push(
        `${shown(pair.fg)} op ${shown(pair.bg)}: ${formatRatio(ratio)}, nodig is minstens ${String(pair.min).replace('.', ',')}:1 ` +
          `(${kind}, WCAG 2.2 AA). Dit paar ziet u bij: ${pair.where}.`,
      );
    }
  }
  if (contrast.length) errors.push(`Te weinig contrast:\n  - ${contrast.join('\n  - ')}`);

  for (const name of theme.tokens.keys()) {
    if (/^--(nl|dw)-/.test(name) && !known.has(name)) {
      warnings.push(`${name} kent de app niet; het heeft geen effect. Is het een tikfout?`);
    }
  }

  // Files the theme names must be in this folder: the CSP only allows the app's own
  // server (`default-src 'self'`; no `data:` for fonts), and the URLs are relative to
  // theme.css, which sits at the root of the app.
  for (const { url, inFontFace } of theme.urls) {
    if (url.startsWith('data:')) {
      if (inFontFace) errors.push(`Een lettertype als data:-adres laat de CSP niet toe. Zet het bestand in de map fonts/ en schrijf url("fonts/…").`);
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) || url.startsWith('/')) {
      errors.push(`url("${url}"): het thema mag alleen bestanden uit de map van de app noemen, met een pad vanaf theme.css (bijvoorbeeld url("fonts/huisletter.woff2")). De CSP blokkeert andere servers.`);
      continue;
    }
    const path = decodeURIComponent(url.replace(/[?#].*$/, ''));
    const file = resolve(dir, path);
    if (relative(dir, file).startsWith('..')) {
      errors.push(`url("${url}") wijst buiten de map van de app.`);
    } else if (!existsSync(file) || !statSync(file).isFile()) {
      errors.push(`url("${url}"): het bestand ${path} staat niet in ${dir}.`);
    } else if (inFontFace && !/\.(woff2|woff|ttf|otf)$/i.test(path)) {
      warnings.push(`url("${url}"): browsers lezen lettertypen als .woff2 (aanbevolen), .woff, .ttf of .otf.`);
    }
  }
  const families = (resolveToken('--nl-document-font-family') ?? '').toLowerCase();
  for (const face of theme.fontFaces) {
    if (!face.family) errors.push('Een @font-face in het thema heeft geen font-family.');
    else if (!families.includes(face.family.toLowerCase())) {
      warnings.push(`Het lettertype ‘${face.family}’ staat niet in --nl-document-font-family; de app gebruikt het dan niet.`);
    }
  }

  const name = resolveToken('--dw-organisation-name');
  return { errors, warnings, colours, organisation: name ? cssString(name) : null };
}

/** The file of the theme called `name` in `dir`/themes/, or a ThemeError listing those there. */
export function themeFile(dir, name) {
  const file = join(dir, 'themes', `${name}.css`);
  if (/^[a-z0-9-]+$/.test(name) && existsSync(file)) return file;
  const folder = join(dir, 'themes');
  const known = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.css')).map((f) => f.slice(0, -4)) : [];
  throw new ThemeError(`Het thema ‘${name}’ bestaat niet. In ${folder} staan: ${known.join(', ') || '(geen)'}.`);
}

/**
 * Applies the theme in `file` to the app in `dir`: theme.css, the browser's theme colour
 * (both pages and the manifest) and the organisation in the prerendered start page.
 * Writes nothing when the theme fails a check (a ThemeError says why) or when `write` is
 * false. Returns `{ warnings, headerColour, organisation }`.
 */
export function applyTheme(dir, file, { write = true } = {}) {
  const css = readFileSync(file, 'utf8');
  const checked = checkTheme(readTheme(css), dir);
  if (checked.errors.length) {
    throw new ThemeError(`Het thema ${shortPath(dir, file)} is niet toegepast; er is niets veranderd.\n${checked.errors.join('\n')}`);
  }
  const header = checked.colours.get('--nl-page-header-background-color');
  const headerColour = header && hexOf(header.a < 1 ? composite(header, { r: 255, g: 255, b: 255, a: 1 }) : header);
  if (!write) return { warnings: checked.warnings, headerColour, organisation: checked.organisation };
  // Everything that can refuse is read before the first write, so a refusal changes nothing.
  const manifestPath = join(dir, 'manifest.webmanifest');
  let manifest = null;
  if (existsSync(manifestPath)) {
    try {
      manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    } catch (err) {
      throw new ThemeError(`${manifestPath} is geen geldige JSON meer (${err.message}). Zet het bestand uit de oorspronkelijke build terug; er is niets veranderd.`);
    }
  }

  // Minified: it is on every first load. The commented source stays in themes/.
  writeFileSync(join(dir, 'theme.css'), minifyCss(css));
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const path = join(dir, page);
    const html = readFileSync(path, 'utf8');
    let next = html.replace(/<meta\b[^>]*\bname=["']?theme-color\b[^>]*>/, `<meta name="theme-color" content="${headerColour}">`);
    // The start page as the build prerendered it names the organisation of that build's theme.
    next = next.replace(
      /(<span class="brand__text"><span class="brand__name">([^<]*)<\/span>)(?:<span class="brand__org">[^<]*<\/span>)?/,
      (_m, start, app) => {
        const org = checked.organisation;
        return org && org !== app ? `${start}<span class="brand__org">${escapeHtml(org)}</span>` : start;
      },
    );
    if (next !== html) writeFileSync(path, next);
  }
  if (manifest) {
    manifest.theme_color = headerColour;
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  }
  return { warnings: checked.warnings, headerColour, organisation: checked.organisation };
}

/** `file` as the editor knows it: relative to the app's folder when it is inside it. */
export function shortPath(dir, file) {
  const inside = relative(dir, file);
  return inside.startsWith('..') ? file : inside.split(sep).join('/');
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Drops comments and layout whitespace from a theme file, never inside quoted strings
 * (an organisation name may hold any character). */
export function minifyCss(css) {
  return (
    withoutComments(css)
      .split(new RegExp(`(${STRING.source})`))
      .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, ' ').replace(/\s*([{};])\s*/g, '$1').replace(/:\s+/g, ':')))
      .join('')
      .replace(/;}/g, '}')
      .trim() + '\n'
  );
}

// ---------------------------------------------------------------------------------------
// The service worker: what it keeps for offline use, and its version.

/**
 * Files the app never asks for: the worker itself, the theme sources, the tools for the
 * editor and the host page, and server files an editor may keep in the same folder (a
 * server refuses to send `.htaccess` or `web.config`, and one refused file would stop
 * every update).
 */
export function isPrecached(file) {
  return !(
    file === 'sw.js' ||
    file.startsWith('themes/') ||
    file === 'huisstijl.mjs' ||
    file === 'inbedden.js' ||
    file.split('/').some((part) => part.startsWith('.')) ||
    file.toLowerCase() === 'web.config'
  );
}

const sha = (data) => createHash('sha256').update(data).digest('hex');

/**
 * Writes `dir`/sw.js with the list of files to keep offline and a version derived from
 * their content, so any change (a new theme, a new build) is an update that installed
 * copies pick up. `template` is the source of the worker (public/sw.js in a build);
 * without it the worker already in `dir` is rewritten. Returns `{ files, version }`.
 */
export function writeServiceWorker(dir, { template } = {}) {
  const precache = readdirSync(dir, { recursive: true })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => statSync(join(dir, f)).isFile() && isPrecached(f))
    .sort();
  const version = sha(precache.map((f) => f + '\0' + sha(readFileSync(join(dir, f)))).join('\n')).slice(0, 16);
  const swPath = join(dir, 'sw.js');
  const source = readFileSync(template ?? swPath, 'utf8');
  const versionLine = /^const VERSION = .*;$/m;
  const precacheList = /^const PRECACHE = \[[\s\S]*?\];$/m;
  if (!versionLine.test(source) || !precacheList.test(source)) {
    throw new ThemeError(`${template ?? swPath} heeft geen regels ‘const VERSION = …;’ en ‘const PRECACHE = […];’. Zet sw.js uit de oorspronkelijke build terug.`);
  }
  const worker = source
    .replace(versionLine, () => `const VERSION = ${JSON.stringify(version)};`)
    .replace(precacheList, () => `const PRECACHE = ${JSON.stringify(['./', ...precache], null, 2)};`);
  writeFileSync(swPath, worker);
  return { files: precache.length, version };
}

// ---------------------------------------------------------------------------------------
// The command.

function main(args) {
  const dir = dirname(fileURLToPath(import.meta.url));
  const checkOnly = args.includes('--controleer');
  const names = args.filter((a) => !a.startsWith('--'));
  if (names.length !== 1 || args.some((a) => a.startsWith('--') && a !== '--controleer')) {
    console.error('Gebruik: node huisstijl.mjs [--controleer] <thema>\n  <thema>: een naam uit themes/ of het pad naar een .css-bestand.');
    return 2;
  }
  try {
    if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, 'sw.js'))) {
      throw new ThemeError(`Dit script hoort in de map van Digiwijzer, naast index.html en sw.js; in ${dir} staan die niet.`);
    }
    const arg = names[0];
    const file = /[\\/]|\.css$/.test(arg) ? resolve(arg) : themeFile(dir, arg);
    if (!existsSync(file)) throw new ThemeError(`Het bestand ${file} bestaat niet.`);
    const result = applyTheme(dir, file, { write: !checkOnly });
    for (const warning of result.warnings) console.warn(`Let op: ${warning}`);
    if (checkOnly) {
      console.log(`Het thema ${shortPath(dir, file)} haalt elke controle (contrast, bestanden). Er is niets geschreven.`);
      return 0;
    }
    const { files, version } = writeServiceWorker(dir);
    console.log(
      `Het thema ${shortPath(dir, file)} is toegepast: theme.css is geschreven, de themakleur is ${result.headerColour}` +
        `${result.organisation ? ` en de organisatie ‘${result.organisation}’` : ''}.\n` +
        `De service worker heeft versie ${version} (${files} bestanden). Wie de app al eerder opende, ` +
        'krijgt de melding ‘Er is een nieuwe versie — herladen’ en ziet na herladen de nieuwe huisstijl.',
    );
    return 0;
  } catch (err) {
    if (!(err instanceof ThemeError)) throw err;
    console.error(err.message);
    return 1;
  }
}

const invokedDirectly = (() => {
  try {
    const same = (a, b) => (process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);
    return Boolean(process.argv[1]) && same(fileURLToPath(import.meta.url), realpathSync(process.argv[1]));
  } catch {
    return false;
  }
})();
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
