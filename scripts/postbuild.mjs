// Trunk post_build hook (also runnable by hand: `node scripts/postbuild.mjs dist`).
//
// The steps, in order (each a function below, over one `build` object; any step stops
// the build with one message through `fail`):
// 0. Pages: the self-assessment is a page of its own (zelfevaluatie.html, its own wasm),
//    so the tip list loads without it, and the English pages (english.html,
//    self-assessment.html) are the same two binaries built with the cargo feature `en`.
//    As the hook of the main build, this runs one more Trunk build per page and merges
//    each in; `trunk build` stays the one command. `DIGIWIJZER_PAGES=tips` skips them all
//    (the benchmark's build only needs the tip list), `DIGIWIJZER_PAGES=nl` skips the
//    English pages.
// 1. CSP: Trunk writes its wasm loader as an inline <script>. A strict policy
//    (`script-src 'self'`) forbids that, so we move it into a hashed file.
//    In a release build the wasm-bindgen glue is minified too (Trunk's own minifier
//    gives up on it), with its integrity hash updated, and the stream adapters that
//    Leptos's server-function client exports (never used by a client-side app) are
//    dropped from the glue and the wasm. Then the functions the wasm imports from the
//    glue get one-letter names on both sides (scripts/wasm-imports.mjs).
// 2. Theme: copies themes/$DIGIWIJZER_THEME.css (default "standaard") to theme.css,
//    so a municipality rebrands without touching Rust, and takes the browser's theme
//    colour (the pages, manifest) from the theme's header colour.
// 2b. Prerendering: the start page as the app renders it goes into index.html (and the
//     English one into english.html), so its first cards paint before the wasm has
//     loaded (scripts/prerender.mjs).
// 3. Offline: writes the service worker's precache list from the files actually in
//    the build, and a cache version derived from their content, so a new deployment
//    is always noticed and the list is never kept by hand.
//
// Running it again on a finished dist/ is safe and is how a municipality switches
// theme without a Rust build: `DIGIWIJZER_THEME=voorbeeldgemeente node scripts/postbuild.mjs dist`.
// The worker is always written from the template public/sw.js, so its version follows.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync, copyFileSync, existsSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import binaryen from 'binaryen';
import { prerenderStartPage } from './prerender.mjs';
import { shortenImportNames } from './wasm-imports.mjs';

const SW_TEMPLATE = fileURLToPath(new URL('../public/sw.js', import.meta.url));
const SOURCE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Leptos 0.8 always compiles its server-function client, which pulls in wasm-streams;
 * that crate exports three JavaScript stream adapters (`IntoUnderlyingSource`, `…Sink`,
 * `…ByteSource`). A client-side app never calls them, but an export keeps its code. */
/** The small scripts in public/ that pages load by name, minified and renamed by content. */
const PAGE_SCRIPTS = ['prerender-guard', 'pwa'];
const STREAM_ADAPTER = /^(__wbg_)?intounderlying(bytesource|sink|source)(_|$)/;

/** The pages built besides index.html, each by a Trunk build of its own source page at
 * the repository's root (the English ones carry `data-cargo-features="en"`). */
const EXTRA_PAGES = [
  { file: 'zelfevaluatie.html', what: 'the self-assessment page', dutch: true },
  { file: 'english.html', what: 'the English tips page', dutch: false },
  { file: 'self-assessment.html', what: 'the English self-assessment page', dutch: false },
];

/** The tips pages whose start page is prerendered, with the language the browser asks for. */
const START_PAGES = [
  { file: 'index.html', locale: 'nl-NL' },
  { file: 'english.html', locale: 'en-GB' },
];

// The second build's own hook: the main build's hook finishes its files.
if (process.env.DIGIWIJZER_INNER_BUILD) process.exit(0);

/** A reason to stop the build, said once by `main`. */
class BuildError extends Error {}
const fail = (message) => {
  throw new BuildError(message);
};

const sha = (data) => createHash('sha256').update(data).digest('hex');

try {
  await main();
} catch (err) {
  if (!(err instanceof BuildError)) throw err;
  console.error(`postbuild: ${err.message}`);
  process.exit(1);
}

async function main() {
  const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
  if (!dir || !existsSync(join(dir, 'index.html'))) fail(`no index.html in ${dir ?? '(no directory given)'}`);
  const build = {
    dir,
    /** Run by Trunk (not by hand on a finished dist/). */
    asHook: Boolean(process.env.TRUNK_STAGING_DIR),
    release: process.env.TRUNK_PROFILE === 'release',
    /** The pages' HTML while the steps change it; written back by `writePages`. */
    html: {},
    pages: [],
    loadersMoved: 0,
  };
  if (build.asHook) for (const page of extraPages(process.env.DIGIWIJZER_PAGES)) buildPage(build, page);
  build.pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  externaliseLoaders(build);
  if (build.asHook && build.release) await minifyScripts(build);
  writePages(build);
  const theme = applyTheme(build);
  if (build.asHook && build.release && process.env.DIGIWIJZER_PRERENDER !== '0') await prerender(build);
  const { files, version } = writeServiceWorker(build);
  console.log(
    `postbuild: ${build.pages.join(', ')}: ${build.loadersMoved} loader script(s) externalised, theme "${theme}", ${files} files precached as version ${version}`,
  );
}

/** Which of `EXTRA_PAGES` this build makes, by `DIGIWIJZER_PAGES`. */
function extraPages(choice) {
  if (choice === 'tips') return [];
  if (choice === 'nl') return EXTRA_PAGES.filter((p) => p.dutch);
  if (choice && choice !== 'all') fail(`DIGIWIJZER_PAGES is "${choice}"; use tips, nl or all`);
  return EXTRA_PAGES;
}

/** 0. One more page: a Trunk build of its own, merged into this one. */
function buildPage({ dir, release }, { file, what }) {
  const started = Date.now();
  const out = join(SOURCE_DIR, 'target', 'trunk-pages', release ? 'release' : 'debug', file.replace(/\.html$/, ''));
  // Trunk reads TRUNK_* variables as settings; the second build must not see ours.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TRUNK_')));
  env.DIGIWIJZER_INNER_BUILD = '1';
  const args = ['build', file, '--offline', '--dist', out, ...(release ? ['--release'] : [])];
  console.log(`postbuild: trunk ${args.join(' ')}`);
  const run = spawnSync('trunk', args, { cwd: SOURCE_DIR, env, stdio: 'inherit' });
  if (run.status !== 0) fail(`${what} (${file}) did not build`);
  // Trunk names its output index.html whatever the source page is called.
  for (const name of readdirSync(out)) {
    const target = name === 'index.html' ? file : name;
    if (statSync(join(out, name)).isFile()) copyFileSync(join(out, name), join(dir, target));
  }
  console.log(`postbuild: ${file} built in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** 1. Trunk's inline loader becomes an external module, on every page. */
function externaliseLoaders(build) {
  // Minified or not: any <script> without a src is inline.
  const inline = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
  for (const page of build.pages) {
    let html = readFileSync(join(build.dir, page), 'utf8');
    html = html.replace(inline, (_whole, attrs, body) => {
      if (!/\btype=["']?module\b/.test(attrs)) fail(`found an inline classic <script> in ${page}; only the module loader can be moved`);
      const name = `boot-${sha(body).slice(0, 16)}.js`;
      writeFileSync(join(build.dir, name), body.trim() + '\n');
      build.loadersMoved += 1;
      return `<script type="module" src="./${name}"></script>`;
    });
    failOnInlineCode(html, page);
    build.html[page] = html;
  }
}

/** 1b. The wasm-bindgen glue, minified, without the stream adapters, with short import
 * names; the prerender guard minified and named after its content. Every integrity
 * attribute follows the new content. */
async function minifyScripts(build) {
  const { dir } = build;
  // Trunk writes its content hash without leading zeros: 16 hex digits or fewer. The boot
  // loaders written above are not glue: they are named after their content, and tiny.
  const glue = readdirSync(dir).filter(
    (f) => /^[a-z]+-[0-9a-f]{1,16}\.js$/.test(f) && !f.startsWith('boot-') && !PAGE_SCRIPTS.some((p) => f.startsWith(`${p}-`)),
  );
  const adapterFree = [];
  for (const file of glue) {
    const source = withoutStreamAdapters(readFileSync(join(dir, file), 'utf8'));
    const result = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
    if (!result.code) fail(`terser returned nothing for ${file}`);
    rewrite(build, file, result.code);
    if (/intounderlying/i.test(result.code)) {
      console.log(`postbuild: ${file} still uses the stream adapters; its wasm keeps them`);
    } else {
      adapterFree.push(file.replace(/\.js$/, '_bg.wasm'));
    }
  }
  for (const file of adapterFree) {
    rewrite(build, file, dropStreamAdapterExports(readFileSync(join(dir, file))));
  }
  // The page scripts from public/ are on every first load too (the prerender guard, the
  // service worker's registration): minified, and named after their content like the other
  // scripts, so servers may cache them for good.
  for (const script of PAGE_SCRIPTS) {
    const path = join(dir, `${script}.js`);
    if (!existsSync(path)) continue;
    const result = await minify(readFileSync(path, 'utf8'), { ecma: 2015, compress: true, mangle: true });
    if (!result.code) fail(`terser returned nothing for ${script}.js`);
    const name = `${script}-${sha(result.code).slice(0, 16)}.js`;
    writeFileSync(join(dir, name), result.code + '\n');
    rmSync(path);
    const reference = new RegExp(`(<script\\b[^>]*\\bsrc=["']?)(?:\\./)?${script}\\.js`);
    for (const page of build.pages) build.html[page] = build.html[page].replace(reference, `$1./${name}`);
  }
  for (const file of glue) {
    const wasmFile = file.replace(/\.js$/, '_bg.wasm');
    const code = readFileSync(join(dir, file), 'utf8');
    const module = /"(\.\/[\w-]+_bg\.js)"\s*:/.exec(code)?.[1];
    const short = module && shortenImportNames(code, readFileSync(join(dir, wasmFile)), module);
    if (!short) {
      console.log(`postbuild: ${file} does not hold its imports as expected; their names stay long`);
      continue;
    }
    rewrite(build, file, short.glue);
    rewrite(build, wasmFile, short.wasm);
  }
}

/** Writes the pages' HTML as the steps above left it. */
function writePages(build) {
  for (const page of build.pages) writeFileSync(join(build.dir, page), build.html[page]);
}

/** Writes the new content of `file` and puts its hash in every page that loads it. */
function rewrite(build, file, content) {
  writeFileSync(join(build.dir, file), content);
  const integrity = 'sha384-' + createHash('sha384').update(content).digest('base64');
  for (const page of build.pages) build.html[page] = replaceIntegrity(build.html[page], file, integrity);
}

/** 2. The theme: themes/$DIGIWIJZER_THEME.css becomes theme.css, and its header colour
 * the browser's theme colour. Returns the theme's name. */
function applyTheme({ dir, pages }) {
  const theme = process.env.DIGIWIJZER_THEME || 'standaard';
  const themeFile = join(dir, 'themes', `${theme}.css`);
  if (!/^[a-z0-9-]+$/.test(theme) || !existsSync(themeFile)) {
    const known = readdirSync(join(dir, 'themes')).filter((f) => f.endsWith('.css')).map((f) => f.slice(0, -4));
    fail(`unknown theme "${theme}"; known themes: ${known.join(', ')}`);
  }
  // Minified: it is on every first load. The commented source stays in themes/.
  writeFileSync(join(dir, 'theme.css'), minifyCss(readFileSync(themeFile, 'utf8')));
  // The colour browsers paint around an installed app follows the theme's header.
  const headerColour = /--nl-page-header-background-color:\s*(#[0-9a-fA-F]{3,8})\s*;/.exec(readFileSync(themeFile, 'utf8'));
  if (headerColour) {
    const colour = headerColour[1];
    for (const page of pages) {
      const html = readFileSync(join(dir, page), 'utf8');
      writeFileSync(join(dir, page), html.replace(/<meta\b[^>]*\bname=["']?theme-color\b[^>]*>/, `<meta name="theme-color" content="${colour}">`));
    }
    const manifestPath = join(dir, 'manifest.webmanifest');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.theme_color = colour;
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  }
  return theme;
}

/** 2b. The start page, prerendered into index.html and english.html (scripts/prerender.mjs):
 * its first cards paint before the wasm has loaded. Release builds only; DIGIWIJZER_PRERENDER=0
 * skips it (the benchmark's build, whose corpus is chosen at run time). Run by hand on
 * a finished dist/, the prerendered page already there is kept. */
async function prerender({ dir }) {
  for (const { file, locale } of START_PAGES) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const html = readFileSync(path, 'utf8');
    let startPage;
    try {
      startPage = await prerenderStartPage(dir, file, locale);
    } catch (err) {
      fail(`prerendering the start page of ${file} failed: ${err.message}`);
    }
    failOnInlineCode(startPage, `the prerendered start page of ${file}`);
    if (!html.includes('</body>') || html.includes('id="prerendered"')) fail(`${file} has no </body>, or already a prerendered page`);
    writeFileSync(path, html.replace('</body>', `<div id="prerendered">${startPage}</div></body>`));
    console.log(`postbuild: start page prerendered into ${file} (${startPage.length} characters)`);
  }
}

/** 3. The service worker's precache list and version, from the files actually built. */
function writeServiceWorker({ dir }) {
  const precache = readdirSync(dir, { recursive: true })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f !== 'sw.js' && !f.startsWith('themes/'))
    .sort();
  const version = sha(precache.map((f) => f + '\0' + sha(readFileSync(join(dir, f)))).join('\n')).slice(0, 16);
  const swPath = join(dir, 'sw.js');
  const sw = readFileSync(existsSync(SW_TEMPLATE) ? SW_TEMPLATE : swPath, 'utf8');
  if (!sw.includes('__PRECACHE__') || !sw.includes('__VERSION__')) {
    fail('sw.js lacks the __PRECACHE__/__VERSION__ placeholders (is public/sw.js there?)');
  }
  writeFileSync(
    swPath,
    sw.replace("'__VERSION__'", JSON.stringify(version)).replace('[/*__PRECACHE__*/]', JSON.stringify(['./', ...precache], null, 2)),
  );
  return { files: precache.length, version };
}

/** The glue's adapter classes, made module-private so the minifier drops them along
 * with their finalizers. Nothing else in the glue refers to them. */
function withoutStreamAdapters(glue) {
  return glue
    .replace(/^export class (IntoUnderlying(?:ByteSource|Sink|Source)) /gm, 'class $1 ')
    .replace(/^if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype\[Symbol\.dispose\] = .*$/gm, '')
    .replace(/^const IntoUnderlying\w+Finalization = [^;]*;$/gm, '');
}

/** The wasm without the adapters' exports (or the unused wasm-split marker), and
 * without the code only they reached. */
function dropStreamAdapterExports(bytes) {
  const module = binaryen.readBinary(bytes);
  try {
    const names = [];
    for (let i = 0; i < module.getNumExports(); i++) {
      const { name } = binaryen.getExportInfo(module.getExportByIndex(i));
      if (STREAM_ADAPTER.test(name) || name.startsWith('_WASM_SPLIT_MARKER_')) names.push(name);
    }
    for (const name of names) module.removeExport(name);
    module.runPasses(['remove-unused-module-elements']);
    return module.emitBinary();
  } finally {
    module.dispose();
  }
}

/** Stops the build if `html` holds an inline script or style attribute: the strict CSP
 * (`script-src 'self'`, `style-src 'self'`) would block it. */
function failOnInlineCode(html, where) {
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) fail(`an inline <script> is left in ${where}; it would break the CSP`);
  if (/\sstyle="/.test(html)) fail(`an inline style attribute is in ${where}; it would break the CSP`);
}

/** Sets the `integrity` of the tag that loads `file`, in whatever attribute order. */
function replaceIntegrity(html, file, integrity) {
  return html.replace(/<link\b[^>]*>/g, (tag) => {
    if (!tag.includes(`./${file}`)) return tag;
    return tag.replace(/integrity=("?)sha384-[A-Za-z0-9+/=]+\1/, `integrity=${integrity}`);
  });
}

/** Drops comments and layout whitespace from a theme file, never inside quoted strings
 * (an organisation name may hold any character). */
function minifyCss(css) {
  const string = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/;
  const stringOrComment = new RegExp(`${string.source}|\\/\\*[\\s\\S]*?\\*\\/`, 'g');
  return css
    .replace(stringOrComment, (_whole, quoted) => quoted ?? '')
    .split(string)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/\s+/g, ' ').replace(/\s*([{};])\s*/g, '$1').replace(/:\s+/g, ':'),
    )
    .join('')
    .replace(/;}/g, '}')
    .trim() + '\n';
}
