// Trunk post_build hook (also runnable by hand: `node scripts/postbuild.mjs dist`).
//
// 1. CSP: Trunk writes its wasm loader as an inline <script>. A strict policy
//    (`script-src 'self'`) forbids that, so we move it into a hashed file.
// 2. Theme: copies themes/$DIGIWIJZER_THEME.css (default "standaard") to theme.css,
//    so a municipality rebrands without touching Rust, and takes the browser's theme
//    colour (index.html, manifest) from the theme's header colour.
// 3. Offline: writes the service worker's precache list from the files actually in
//    the build, and a cache version derived from their content, so a new deployment
//    is always noticed and the list is never kept by hand.
//
// Running it again on a finished dist/ is safe and is how a municipality switches
// theme without a Rust build: `DIGIWIJZER_THEME=voorbeeldgemeente node scripts/postbuild.mjs dist`.
// The worker is always written from the template public/sw.js, so its version follows.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync, copyFileSync, existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SW_TEMPLATE = fileURLToPath(new URL('../public/sw.js', import.meta.url));

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir || !existsSync(join(dir, 'index.html'))) {
  console.error(`postbuild: no index.html in ${dir ?? '(no directory given)'}`);
  process.exit(1);
}

const sha = (data) => createHash('sha256').update(data).digest('hex');

// 1. Inline loader → external module.
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
// Minified or not: any <script> without a src is inline.
const inline = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (_whole, attrs, body) => {
  if (!/\btype=["']?module\b/.test(attrs)) {
    console.error('postbuild: found an inline classic <script>; only the module loader can be moved');
    process.exit(1);
  }
  const name = `boot-${sha(body).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + '\n');
  moved += 1;
  return `<script type="module" src="./${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('postbuild: an inline <script> is left in index.html; it would break the CSP');
  process.exit(1);
}
if (/\sstyle="/.test(html)) {
  console.error('postbuild: an inline style attribute is in index.html; it would break the CSP');
  process.exit(1);
}
writeFileSync(indexPath, html);

// 2. Theme.
const theme = process.env.DIGIWIJZER_THEME || 'standaard';
const themeFile = join(dir, 'themes', `${theme}.css`);
if (!/^[a-z0-9-]+$/.test(theme) || !existsSync(themeFile)) {
  const known = readdirSync(join(dir, 'themes')).filter((f) => f.endsWith('.css')).map((f) => f.slice(0, -4));
  console.error(`postbuild: unknown theme "${theme}"; known themes: ${known.join(', ')}`);
  process.exit(1);
}
copyFileSync(themeFile, join(dir, 'theme.css'));
// The colour browsers paint around an installed app follows the theme's header.
const headerColour = /--nl-page-header-background-color:\s*(#[0-9a-fA-F]{3,8})\s*;/.exec(readFileSync(themeFile, 'utf8'));
if (headerColour) {
  const colour = headerColour[1];
  html = html.replace(/<meta\b[^>]*\bname=["']?theme-color\b[^>]*>/, `<meta name="theme-color" content="${colour}">`);
  writeFileSync(indexPath, html);
  const manifestPath = join(dir, 'manifest.webmanifest');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.theme_color = colour;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
}

// 3. Service worker precache list and version.
const precache = readdirSync(dir, { recursive: true })
  .filter((f) => statSync(join(dir, f)).isFile())
  .map((f) => f.split(sep).join('/'))
  .filter((f) => f !== 'sw.js' && !f.startsWith('themes/'))
  .sort();
const version = sha(precache.map((f) => f + '\0' + sha(readFileSync(join(dir, f)))).join('\n')).slice(0, 16);
const swPath = join(dir, 'sw.js');
const sw = readFileSync(existsSync(SW_TEMPLATE) ? SW_TEMPLATE : swPath, 'utf8');
if (!sw.includes('__PRECACHE__') || !sw.includes('__VERSION__')) {
  console.error('postbuild: sw.js lacks the __PRECACHE__/__VERSION__ placeholders (is public/sw.js there?)');
  process.exit(1);
}
writeFileSync(
  swPath,
  sw.replace("'__VERSION__'", JSON.stringify(version)).replace('[/*__PRECACHE__*/]', JSON.stringify(['./', ...precache], null, 2)),
);
console.log(`postbuild: ${moved} loader script(s) externalised, theme "${theme}", ${precache.length} files precached as version ${version}`);
