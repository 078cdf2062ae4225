// Rebranding a finished build as an intranet editor would: a copy of dist/ in a folder of
// its own, `node huisstijl.mjs <theme>` run there with nothing else (no repository, no
// node_modules, and Node's permission model allowing no file outside that folder). The
// new colours reach a first visit at once and a returning visitor after the usual
// "herladen"; a theme with too little contrast is refused and changes nothing; a theme
// with a self-hosted font draws with it under the strict CSP.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { expectClean, gotoApp, startServer, withPage } from './harness.mjs';
import { copyDist, postbuild, useBrowser, waitForServiceWorker, workerVersion } from './support.mjs';
import { testFont } from './testfont.mjs';

const env = useBrowser({ serve: false });

const STANDAARD_HEADER = 'rgb(21, 66, 115)';
const VOORBEELD_HEADER = 'rgb(14, 92, 47)';

/** Node 20 calls its permission model experimental; later versions do not. */
const PERMISSION = process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';

/** Runs dist/huisstijl.mjs in `dir` with plain Node: no NODE_PATH, and no read or write
 * outside `dir` (so no package and no repository file can be what makes it work). */
function huisstijl(dir, ...args) {
  const run = spawnSync(
    process.execPath,
    ['--no-warnings', PERMISSION, `--allow-fs-read=${dir}/*`, `--allow-fs-write=${dir}/*`, 'huisstijl.mjs', ...args],
    { cwd: dir, env: { PATH: process.env.PATH, NODE_PATH: '' }, encoding: 'utf8' },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A copy of dist/ where Node would find no package: no node_modules in it or above it. */
function bareCopy() {
  const build = copyDist();
  for (let dir = build.dir; dir !== parse(dir).root; dir = dirname(dir)) {
    assert.ok(!existsSync(join(dir, 'node_modules')), `${dir}/node_modules would let the script find packages`);
  }
  return build;
}

const headerColour = (page) => page.locator('.site-header').evaluate((h) => getComputedStyle(h).backgroundColor);

/** The files a refused theme must leave exactly as they were. */
const OUTPUT = ['theme.css', 'sw.js', 'index.html', 'zelfevaluatie.html', 'manifest.webmanifest'];
const snapshot = (dir) => Object.fromEntries(OUTPUT.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('rebranding a finished build with huisstijl.mjs', () => {
  test('with plain Node in a bare copy: a first visit gets the new theme, a returning visitor after “herladen”', async () => {
    const build = bareCopy();
    const server = await startServer({ dir: build.dir });
    try {
      await withPage(env.browser, server.url, async (page) => {
        await waitForServiceWorker(page);
        assert.equal(await headerColour(page), STANDAARD_HEADER);
        const before = workerVersion(build.dir);

        const run = huisstijl(build.dir, 'voorbeeldgemeente');
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stderr, '');
        assert.match(run.stdout, /themes\/voorbeeldgemeente\.css is toegepast/);
        assert.match(run.stdout, /Er is een nieuwe versie — herladen/);
        assert.match(readFileSync(join(build.dir, 'theme.css'), 'utf8'), /--nl-page-header-background-color:#0e5c2f/);
        assert.notEqual(workerVersion(build.dir), before, 'the service worker must see a new version');

        // The page that was open keeps its theme until the user accepts the update.
        await page.evaluate(() => window.dispatchEvent(new Event('online')));
        const banner = page.locator('.notice--update');
        await banner.waitFor();
        assert.equal(await headerColour(page), STANDAARD_HEADER);
        const reloaded = page.waitForEvent('load');
        await banner.getByRole('button', { name: 'herladen' }).click();
        await reloaded;
        await page.waitForSelector('html.painted main h1');
        assert.equal(await headerColour(page), VOORBEELD_HEADER);
        assert.equal((await page.locator('.brand__org').textContent()).trim(), 'Gemeente Voorbeeld');
        assert.equal(await page.locator('meta[name=theme-color]').getAttribute('content'), '#0e5c2f');
        expectClean(page);
      });

      // A first visit, and the start page as it is painted before the app runs.
      await withPage(env.browser, server.url, async (page) => {
        assert.equal(await headerColour(page), VOORBEELD_HEADER);
        expectClean(page);
      });
      const prerendered = readFileSync(join(build.dir, 'index.html'), 'utf8');
      assert.match(prerendered, /<span class="brand__name">Digiwijzer<\/span><span class="brand__org">Gemeente Voorbeeld<\/span>/);
      assert.equal(JSON.parse(readFileSync(join(build.dir, 'manifest.webmanifest'), 'utf8')).theme_color, '#0e5c2f');
    } finally {
      await server.close();
      build.remove();
    }
  });

  test('an orange button with white text is refused with the pair and its ratio, and nothing changes', async () => {
    const build = bareCopy();
    try {
      const standaard = readFileSync(join(build.dir, 'themes/standaard.css'), 'utf8');
      writeFileSync(
        join(build.dir, 'themes/oranje.css'),
        standaard.replace(/--nl-button-primary-background-color: #[0-9a-f]+;/, '--nl-button-primary-background-color: #f39200;'),
      );
      const before = snapshot(build.dir);
      const pair =
        'knoptekst (--nl-button-primary-color: #ffffff) op knopkleur (--nl-button-primary-background-color: #f39200): ' +
        '2,35:1, nodig is minstens 4,5:1 (tekst, WCAG 2.2 AA). Dit paar ziet u bij: knoppen.';

      for (const args of [['oranje'], ['--controleer', 'oranje'], ['themes/oranje.css']]) {
        const run = huisstijl(build.dir, ...args);
        assert.equal(run.status, 1, args.join(' '));
        assert.match(run.stderr, /^Het thema themes\/oranje\.css is niet toegepast; er is niets veranderd\.\nTe weinig contrast:\n/);
        assert.ok(run.stderr.includes(pair), run.stderr);
        assert.equal(run.stdout, '');
        assert.deepEqual(snapshot(build.dir), before, 'a refused theme must change no file');
      }

      // The build's own theme step is the same code and refuses the same way.
      await assert.rejects(postbuild(build.dir, { DIGIWIJZER_THEME: 'oranje' }), (err) => {
        assert.ok(err.stderr.includes(pair), err.stderr);
        return true;
      });
      assert.deepEqual(snapshot(build.dir), before);
    } finally {
      build.remove();
    }
  });

  test('a theme with a self-hosted font: the app draws with it under the strict CSP and keeps it offline', async () => {
    const build = bareCopy();
    mkdirSync(join(build.dir, 'fonts'));
    writeFileSync(join(build.dir, 'fonts/testletter.ttf'), testFont('Testletter'));
    writeFileSync(
      join(build.dir, 'themes/lettertype.css'),
      readFileSync(join(build.dir, 'themes/standaard.css'), 'utf8').replace(/--nl-document-font-family: [^;]+;/, '--nl-document-font-family: "Testletter", serif;') +
        '\n@font-face { font-family: "Testletter"; src: url("fonts/testletter.ttf") format("truetype"); font-display: swap; }\n',
    );
    const run = huisstijl(build.dir, 'lettertype');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '', 'no warnings');
    assert.match(readFileSync(join(build.dir, 'sw.js'), 'utf8'), /"fonts\/testletter\.ttf"/, 'the font is kept for offline use');

    const server = await startServer({ dir: build.dir });
    try {
      await withPage(env.browser, null, async (page) => {
        const font = page.waitForResponse((r) => r.url().endsWith('/fonts/testletter.ttf'));
        await gotoApp(page, server.url);
        const response = await font;
        assert.equal(response.status(), 200);
        assert.equal(response.headers()['content-type'], 'font/ttf');
        await page.evaluate(() => document.fonts.ready);
        const faces = await page.evaluate(() => [...document.fonts].map((f) => `${f.family.replace(/"/g, '')} ${f.status}`));
        assert.deepEqual(faces, ['Testletter loaded']);
        // Every character of the test font is equally wide; no text font is.
        const widths = await page.locator('main h1').evaluate((h1) => {
          const measure = (text) => {
            const span = document.createElement('span');
            span.textContent = text;
            h1.append(span);
            const width = span.getBoundingClientRect().width;
            span.remove();
            return width;
          };
          return [measure('iiiii'), measure('MMMMM')];
        });
        assert.equal(widths[0], widths[1], `the heading is not drawn with the theme's font (${widths})`);
        expectClean(page);
      });
    } finally {
      await server.close();
      build.remove();
    }
  });
});
