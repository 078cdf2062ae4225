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
// 2. Theme: applies themes/$DIGIWIJZER_THEME.css (default "standaard") with
//    public/huisstijl.mjs, the same code an editor runs from dist/ to rebrand a finished
//    build: it refuses a theme whose colour pairs fail WCAG contrast or that names a file
//    the build lacks, writes theme.css and takes the browser's theme colour (the pages,
//    manifest) from the theme's header colour. Fonts for a theme come from public/fonts/.
// 2b. Prerendering: the start page as the app renders it goes into index.html (and the
//     English one into english.html), so its first cards paint before the wasm has
//     loaded (scripts/prerender.mjs).
// 3. Offline: writes the service worker's precache list from the files actually in
//    the build, and a cache version derived from their content, so a new deployment
//    is always noticed and the list is never kept by hand (also public/huisstijl.mjs).
//
// Running it again on a finished dist/ is safe and needs no npm packages (the release
// steps load theirs only when Trunk runs them): `DIGIWIJZER_THEME=voorbeeldgemeente node
// scripts/postbuild.mjs dist`. The worker is always written from the template
// public/sw.js, so its version follows.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync, copyFileSync, cpSync, existsSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shortenImportNames } from './wasm-imports.mjs';
import { ThemeError, applyTheme as applyThemeFile, themeFile, writeServiceWorker as writeWorker } from '../public/huisstijl.mjs';

const SW_TEMPLATE = fileURLToPath(new URL('../public/sw.js', import.meta.url));
const SOURCE_DIR = fileURLToPath(new URL('..', import.meta.url));
const FONTS = join(SOURCE_DIR, 'public', 'fonts');

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
  if (!(err instanceof BuildError) && !(err instanceof ThemeError)) throw err;
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
  // Loaded here, not at the top: a hand run on a finished dist/ needs no npm packages.
  const { minify } = await import('terser');
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
    rewrite(build, file, await dropStreamAdapterExports(readFileSync(join(dir, file))));
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

/** 2. The theme: themes/$DIGIWIJZER_THEME.css, checked and applied by public/huisstijl.mjs
 * (a ThemeError stops the build with its message). Returns the theme's name. */
function applyTheme({ dir, asHook }) {
  const theme = process.env.DIGIWIJZER_THEME || 'standaard';
  // A theme's web fonts: public/fonts/ goes to fonts/, where its url("fonts/…") points.
  if (asHook && existsSync(FONTS)) cpSync(FONTS, join(dir, 'fonts'), { recursive: true });
  const { warnings } = applyThemeFile(dir, themeFile(dir, theme));
  for (const warning of warnings) console.log(`postbuild: theme "${theme}": ${warning}`);
  return theme;
}

/** 2b. The start page, prerendered into index.html and english.html (scripts/prerender.mjs):
 * its first cards paint before the wasm has loaded. Release builds only; DIGIWIJZER_PRERENDER=0
 * skips it (the benchmark's build, whose corpus is chosen at run time). Run by hand on
 * a finished dist/, the prerendered page already there is kept. */
async function prerender({ dir }) {
  const { prerenderStartPage } = await import('./prerender.mjs');
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
  return writeWorker(dir, { template: existsSync(SW_TEMPLATE) ? SW_TEMPLATE : undefined });
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
async function dropStreamAdapterExports(bytes) {
  const { default: binaryen } = await import('binaryen');
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
