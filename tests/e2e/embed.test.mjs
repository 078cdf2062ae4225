// Embedding: `?embed=1` drops the page chrome but keeps a switch between the two pages,
// and inside an iframe the app reports its height with the documented message, so the
// host page can size the iframe to fit. First with a host page on the app's own origin
// (what `frame-ancestors 'self'` allows), then as on an intranet: a host page on another
// origin under a strict CSP of its own, with the ready listener dist/inbedden.js.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSP, serve } from '../../scripts/serve.mjs';
import { afterFrames } from '../../scripts/chromium.mjs';
import { expectClean, mainHeading, withPage } from './harness.mjs';
import { axeViolations, useBrowser } from './support.mjs';

// The host page of the README snippet (its script part comes in through the init script
// below, since the strict CSP forbids inline scripts here too).
const HOST_PAGE = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Intranet van de gemeente</title><link rel="icon" href="icons/icon.svg"></head>
<body><main><h1>Intranet</h1>
<iframe id="digiwijzer" src="index.html?embed=1#/lees/tip-17" title="Digiwijzer: tips voor digitale dienstverlening" width="700" height="300"></iframe>
</main></body></html>`;

/** The README's listener: remember every height report and resize the iframe to it. */
function hostListener() {
  if (window !== window.top) return;
  window.heights = [];
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.data?.type !== 'digiwijzer:height') return;
    window.heights.push(event.data.height);
    document.getElementById('digiwijzer').style.height = `${event.data.height}px`;
  });
}

/** In embed mode the host's chrome replaces ours: of the header only the switch between
 * the two pages is left. `scope` is a page or a frame locator. */
async function expectEmbedChrome(scope) {
  for (const chrome of ['.brand', '.site-footer', '.skip-link']) {
    assert.equal(await scope.locator(chrome).isVisible(), false, `${chrome} shows in embed mode`);
  }
  const menu = scope.getByRole('navigation', { name: 'Hoofdmenu' });
  assert.deepEqual(await menu.getByRole('link').allTextContents(), ['Tips', 'Zelfevaluatie']);
}

const env = useBrowser({ copy: true, prepareCopy: (dir) => writeFileSync(join(dir, 'host.html'), HOST_PAGE) });

describe('embed mode', () => {
  test('in an iframe: no chrome, and the iframe grows and shrinks with the content', async () => {
    await withPage(env.browser, null, async (page) => {
      await page.addInitScript(hostListener);
      await page.goto(env.server.url + 'host.html');
      const frame = page.frameLocator('#digiwijzer');
      await mainHeading(frame).waitFor();

      const app = page.frames().find((f) => f.url().includes('embed=1'));
      assert.ok(await app.evaluate(() => document.documentElement.classList.contains('embed')));
      await expectEmbedChrome(frame);

      // The iframe ends up exactly as tall as the app: no inner scroll bar, no gap.
      const resized = () => app.waitForFunction(() => Math.ceil(document.documentElement.getBoundingClientRect().height) === window.innerHeight);
      const fits = () => app.evaluate(() => {
        const content = Math.ceil(document.documentElement.getBoundingClientRect().height);
        return content === window.innerHeight && document.scrollingElement.scrollHeight <= window.innerHeight;
      });
      await page.waitForFunction(() => window.heights.length > 0);
      await resized();
      assert.ok(await fits());
      const tipHeight = await page.evaluate(() => window.heights.at(-1));
      assert.ok(tipHeight > 300, `a tip is longer than the iframe's first 300px (reported ${tipHeight})`);

      // Shorter content: the app reports a smaller height (it does not stick to the frame's size).
      await app.evaluate(() => { location.hash = '#/bestaat/niet'; });
      await page.waitForFunction((tall) => window.heights.at(-1) < tall, tipHeight);
      await resized();
      assert.ok(await fits());

      assert.deepEqual(await page.evaluate(() => [...new Set(window.heights.map((h) => Number.isInteger(h)))]), [true]);
      expectClean(page);
    });
  });

  test('opened on its own, the embed URL shows no chrome, passes axe and posts nothing', async () => {
    await withPage(env.browser, null, async (page) => {
      await page.addInitScript(hostListener);
      await page.goto(env.server.url + 'index.html?embed=1#/');
      await mainHeading(page).waitFor();
      await expectEmbedChrome(page);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(await page.evaluate(() => window.heights), []);
      expectClean(page);
    });
  });

  test('across the two pages an embedded copy stays embedded, and old links find their page', async () => {
    await withPage(env.browser, null, async (page) => {
      // A link made before the self-assessment had its own page.
      await page.goto(env.server.url + 'index.html?embed=1#/zelfevaluatie');
      await page.waitForURL(/\/zelfevaluatie\.html\?embed=1#\/zelfevaluatie$/);
      await page.locator('fieldset.statement').first().waitFor();
      await expectEmbedChrome(page);
      // Its sources open the cited tip on the tips page, embedded as well.
      const source = page.locator('.sources a').first();
      assert.match(await source.getAttribute('href'), /^\.\/\?embed=1#\/lees\/tip-\d+/);
      await source.click();
      await page.waitForURL(/\/\?embed=1#\/lees\/tip-\d+/);
      await page.locator('main article h1').waitFor();
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('embed')));
      // And a tips route opened on the assessment page goes back to the tips page.
      await page.goto(env.server.url + 'zelfevaluatie.html#/lees/tip-17');
      await page.waitForURL((url) => url.pathname.endsWith('/') && url.hash === '#/lees/tip-17');
      await page.locator('main article h1').waitFor();
      expectClean(page);
    });
  });

  test('without ?embed=1 the chrome is there', async () => {
    await withPage(env.browser, env.server.url, async (page) => {
      assert.equal(await page.locator('.site-header').isVisible(), true);
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('embed')), false);
    });
  });
});

/** A strict intranet policy: scripts and frames only from itself and the app (any port of 127.0.0.1). */
const HOST_CSP =
  "default-src 'self'; script-src 'self' http://127.0.0.1:*; frame-src http://127.0.0.1:*; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

/**
 * An intranet page on another origin (another port) that embeds the app; `body(appUrl)`
 * is its body. The app is served allowing that origin in `frame-ancestors`, as the README
 * says, unless `allowed` is false. `fn` gets the page's URL; both servers stop afterwards.
 */
async function withIntranet({ body, allowed = true }, fn) {
  const dir = mkdtempSync(join(tmpdir(), 'digiwijzer-intranet-'));
  const host = await serve({ dir, port: 0, csp: HOST_CSP });
  const hostOrigin = new URL(host.url).origin;
  const policy = allowed ? CSP.replace("frame-ancestors 'self'", `frame-ancestors 'self' ${hostOrigin}`) : CSP;
  const app = await serve({ dir: env.build.dir, port: 0, csp: policy });
  try {
    writeFileSync(
      join(dir, 'intranet.html'),
      `<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Intranet van de gemeente</title><link rel="icon" href="data:,"></head>
<body><main><h1>Intranet</h1>${body(app.url)}</main></body></html>`,
    );
    return await fn(host.url + 'intranet.html');
  } finally {
    await new Promise((ok) => host.server.close(ok));
    await new Promise((ok) => app.server.close(ok));
    rmSync(dir, { recursive: true, force: true });
  }
}

const iframe = (src, attributes = 'data-digiwijzer', id = 'digiwijzer') =>
  `<iframe id="${id}" ${attributes} src="${src}" title="Digiwijzer: tips en zelfevaluatie" width="700" height="300"></iframe>`;
const listener = (app) => `<script src="${app}inbedden.js"></script>`;

/** The app in the iframe `id` of `page`, as a frame locator. */
function appFrame(page, id = 'digiwijzer') {
  return page.frameLocator(`#${id}`);
}

/** Waits until the iframe `id` is exactly as tall as the app in it; returns that height. */
async function waitUntilFitted(page, id = 'digiwijzer') {
  const frame = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
  await frame.waitForFunction(() => Math.ceil(document.documentElement.getBoundingClientRect().height) === window.innerHeight);
  return page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
}

/** The app's notice about a frame nobody sizes, in the iframe `id`. */
const unheardNotice = (page, id = 'digiwijzer') => appFrame(page, id).locator('.notice--embed');

/** Longer than the app waits for an answer before it shows that notice (src/ui/embed.rs). */
const LONGER_THAN_GRACE = 4000;

describe('embedding on an intranet page of another origin', () => {
  test('inbedden.js sizes the iframe under a strict CSP; the switch goes between the pages by keyboard and stays embedded', async () => {
    await withIntranet({ body: (app) => iframe(`${app}?embed=1#/lees/tip-17`) + listener(app) }, async (url) => {
      await withPage(env.browser, null, async (page) => {
        await page.goto(url);
        const frame = appFrame(page);
        await mainHeading(frame).waitFor();
        const tipHeight = await waitUntilFitted(page);
        assert.ok(tipHeight > 300, `the iframe grew to the tip (${tipHeight}px)`);
        const app = await (await page.locator('#digiwijzer').elementHandle()).contentFrame();

        // The host answered, so no notice, also after the app has stopped waiting.
        await page.waitForTimeout(LONGER_THAN_GRACE);
        assert.equal(await unheardNotice(page).isVisible(), false);
        assert.deepEqual(await axeViolations(app), []);

        // From the host page, Tab reaches the switch; Enter opens the self-assessment.
        const menu = frame.getByRole('navigation', { name: 'Hoofdmenu' });
        const focused = () => app.evaluate(() => document.activeElement?.textContent.trim());
        for (let i = 0; i < 5 && (await focused()) !== 'Zelfevaluatie'; i++) await page.keyboard.press('Tab');
        assert.equal(await focused(), 'Zelfevaluatie');
        await page.keyboard.press('Enter');
        await app.waitForURL(/\/zelfevaluatie\.html\?embed=1#\/zelfevaluatie$/);
        await frame.locator('fieldset.statement').first().waitFor();
        assert.equal(await menu.getByRole('link', { name: 'Zelfevaluatie' }).getAttribute('aria-current'), 'page');
        assert.ok(await app.evaluate(() => document.documentElement.classList.contains('embed')));
        await expectEmbedChrome(frame);
        const checklistHeight = await waitUntilFitted(page);
        assert.notEqual(checklistHeight, tipHeight, 'the iframe follows the new page');
        assert.deepEqual(await axeViolations(app), []);

        // And back to the tips, embedded still.
        await menu.getByRole('link', { name: 'Tips' }).focus();
        await page.keyboard.press('Enter');
        await app.waitForURL(/\/\?embed=1#\/$/);
        await frame.locator('.cards .card').first().waitFor();
        assert.equal(await menu.getByRole('link', { name: 'Tips' }).getAttribute('aria-current'), 'page');
        await waitUntilFitted(page);
        expectClean(page);
      });
    });
  });

  test('inbedden.js takes heights only from the app’s own iframe and origin', async () => {
    const body = (app) =>
      iframe(`${app}?embed=1#/lees/tip-17`) +
      iframe(`${app}?embed=1#/lees/tip-17`, 'data-digiwijzer="https://apps.elders.example"', 'elders') +
      listener(app);
    await withIntranet({ body }, async (url) => {
      await withPage(env.browser, null, async (page) => {
        await page.goto(url);
        await mainHeading(appFrame(page, 'elders')).waitFor();
        const fitted = await waitUntilFitted(page);
        // An iframe configured for another origin is not resized: its app waits in vain
        // for an answer and says so.
        await unheardNotice(page, 'elders').waitFor({ timeout: 10000 });
        assert.equal(await page.locator('#elders').evaluate((f) => f.style.height), '', 'the script left it alone');
        // A message from the host page itself is not the app's.
        await page.evaluate(() => window.postMessage({ type: 'digiwijzer:height', height: 5 }, '*'));
        await afterFrames(page, 100);
        assert.equal(await page.locator('#digiwijzer').evaluate((f) => f.getBoundingClientRect().height), fitted);
        expectClean(page);
      });
    });
  });

  test('a page that does not size the iframe gets a notice saying what to do; with ?embed=vast it does not', async () => {
    const body = (app) => iframe(`${app}?embed=1#/lees/tip-17`, '') + iframe(`${app}?embed=vast#/lees/tip-17`, '', 'vast');
    await withIntranet({ body }, async (url) => {
      await withPage(env.browser, null, async (page) => {
        await page.goto(url);
        const notice = unheardNotice(page);
        await notice.waitFor({ timeout: 10000 });
        assert.match(await notice.textContent(), /Beheert u deze pagina\? Zet er dan het script inbedden\.js van Digiwijzer op/);
        assert.equal(await notice.locator('..').getAttribute('role'), 'status', 'the notice is announced');
        const app = await (await page.locator('#digiwijzer').elementHandle()).contentFrame();
        assert.deepEqual(await axeViolations(app), []);
        // A frame of fixed height on purpose (a CMS that allows no script) shows nothing.
        await mainHeading(appFrame(page, 'vast')).waitFor();
        await page.waitForTimeout(LONGER_THAN_GRACE);
        assert.equal(await unheardNotice(page, 'vast').isVisible(), false);
        // Its switch to the other page keeps the fixed mode.
        assert.match(await appFrame(page, 'vast').getByRole('link', { name: 'Zelfevaluatie' }).getAttribute('href'), /^zelfevaluatie\.html\?embed=vast#/);
        expectClean(page);
      });
    });
  });

  test('the symptoms the README describes: a host not in frame-ancestors, and a sandbox without allow-same-origin', async () => {
    await withIntranet({ body: (app) => iframe(`${app}?embed=1#/`) + listener(app), allowed: false }, async (url) => {
      await withPage(env.browser, null, async (page) => {
        const refused = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
        await page.goto(url);
        assert.match((await refused).text(), /violates the following Content Security Policy directive: "frame-ancestors 'self'"/);
        const frame = await (await page.locator('#digiwijzer').elementHandle()).contentFrame();
        assert.match(frame.url(), /^chrome-error:/, 'the browser shows its error page (the grey broken-frame icon)');
      });
    });
    await withIntranet({ body: (app) => iframe(`${app}?embed=1#/lees/tip-17`, 'data-digiwijzer sandbox="allow-scripts"') + listener(app) }, async (url) => {
      await withPage(env.browser, null, async (page) => {
        const blocked = page.waitForEvent('console', (m) => /blocked by CORS policy/.test(m.text()));
        await page.goto(url);
        await blocked;
        await afterFrames(page, 500);
        const frame = await (await page.locator('#digiwijzer').elementHandle()).contentFrame();
        // What is left is the start page as the build prerendered it, without the app's
        // stylesheet and without the app: a page where nothing works.
        assert.equal(await frame.evaluate(() => document.documentElement.classList.contains('painted')), false, 'the app cannot start');
        const header = await frame.evaluate(() => getComputedStyle(document.querySelector('.site-header')).backgroundColor);
        assert.equal(header, 'rgba(0, 0, 0, 0)', 'the app’s stylesheet is refused too');
      });
    });
  });
});
