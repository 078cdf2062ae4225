// The two engines besides Chromium that users open Digiwijzer in, each behind the same
// small interface, so smoke.test.mjs writes every journey once for both:
//
// - Firefox ESR: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi.
// - WebKit: Debian's WebKitGTK MiniBrowser, driven by its WebKitWebDriver with
//   selenium-webdriver, in a private Xvfb display.
//
// Only the browsers Debian installed run: puppeteer-core never downloads one, and the
// WebKit session goes to a driver started here from its Debian path, so selenium-webdriver
// never runs its selenium-manager (which would fetch drivers from the internet).
//
// Both ask for reduced motion, as a user can in the system settings: the app then scrolls
// instantly instead of smoothly (style/app.css), and WebKit's driver misses a click
// on an element below the fold while a smooth scroll is still moving it.
//
// A session's `evaluate`, `waitFor`, `click` and `type` take a function that runs in the
// page (so it may use nothing from outside itself) and plain arguments for it. `click`
// and `type` act through the driver on the element that function returns, as a person's
// mouse and keyboard would. `problems` lists what the page reported as wrong.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { Builder } from 'selenium-webdriver';
import remote from 'selenium-webdriver/remote/index.js';
import portprober from 'selenium-webdriver/net/portprober.js';

export const FIREFOX = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
// libwebkit2gtk-4.1-0 (a dependency of webkit2gtk-driver) ships it in the multiarch folder.
const MULTIARCH = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? `${process.arch}-linux-gnu`;
export const MINIBROWSER = `/usr/lib/${MULTIARCH}/webkit2gtk-4.1/MiniBrowser`;
const XVFB = '/usr/bin/Xvfb';

const WAIT_MS = 15000;
const SIZE = { width: 1280, height: 800 };

/** Firefox ESR. `open()` gives a fresh session: its own storage, closed by `close()`. */
export async function launchFirefox() {
  assert.ok(existsSync(FIREFOX), `${FIREFOX} is missing: run scripts/setup.sh`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: SIZE,
    // A Dutch visitor: an English browser is sent on to the English pages, and these
    // journeys are the Dutch ones.
    extraPrefsFirefox: {
      'ui.prefersReducedMotion': 1,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'intl.accept_languages': 'nl-NL, nl',
    },
    // With this (as in Mozilla's own test runs) Firefox lets the pref above switch off its
    // remote settings, which it would otherwise fetch from Mozilla's servers, and refuses
    // every connection that is not to this machine.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  });
  return {
    async open() {
      const context = await browser.createBrowserContext();
      try {
        return firefoxSession(context, await context.newPage());
      } catch (err) {
        await context.close();
        throw err;
      }
    },
    close: () => browser.close(),
  };
}

function firefoxSession(context, page) {
  const problems = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`exception: ${err.message}`));
  // Runs before the page's own scripts and outside its CSP, like the Chromium harness.
  const watching = page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  const element = async (find, args) => {
    const handle = await page.evaluateHandle(find, ...args);
    const el = handle.asElement();
    if (!el) {
      await handle.dispose();
      assert.fail(`no element for ${find.name || find}(${args.join(', ')})`);
    }
    return el;
  };
  return {
    problems,
    async goto(url) {
      await watching;
      await page.goto(url);
    },
    reload: () => page.reload(),
    url: () => page.url(),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    async waitFor(what, fn, ...args) {
      try {
        await page.waitForFunction(fn, { timeout: WAIT_MS, polling: 100 }, ...args);
      } catch (err) {
        assert.fail(`Firefox: waited ${WAIT_MS / 1000} s for ${what}: ${err.message}; ${await where((fn) => page.evaluate(fn))}`);
      }
    },
    async click(find, ...args) {
      const el = await element(find, args);
      await el.click();
      await el.dispose();
    },
    async type(text, find, ...args) {
      const el = await element(find, args);
      await el.type(text);
      await el.dispose();
    },
    close: () => context.close(),
  };
}

/** Where a page is, for a failed wait's message (best effort: the page may be gone). */
async function where(evaluate) {
  try {
    const at = await evaluate(() => ({ url: location.href, state: document.readyState, html: document.documentElement.className, h1: document.querySelector('h1')?.innerText }));
    return `the page was ${JSON.stringify(at)}`;
  } catch (err) {
    return `the page could not be read (${err.message})`;
  }
}

/**
 * WebKitGTK. Starts Xvfb (on a display it picks itself) and WebKitWebDriver; `open()`
 * gives a fresh MiniBrowser session (automation sessions keep nothing on disk), ended by
 * its `close()`. `close()` of the engine stops the driver and Xvfb.
 */
export async function launchWebKit() {
  for (const file of [WEBKIT_DRIVER, MINIBROWSER, XVFB]) assert.ok(existsSync(file), `${file} is missing: run scripts/setup.sh`);
  const stops = [];
  const close = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    const display = await startXvfb(stops);
    // GTK's "no animations" setting is what WebKitGTK reports as prefers-reduced-motion.
    const config = mkdtempSync(join(tmpdir(), 'digiwijzer-webkit-'));
    stops.push(() => rmSync(config, { recursive: true, force: true }));
    mkdirSync(join(config, 'gtk-3.0'));
    writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=false\n');

    const port = await portprober.findFreePort('127.0.0.1');
    const service = new remote.DriverService(WEBKIT_DRIVER, {
      port,
      hostname: '127.0.0.1',
      loopback: true,
      args: [`--port=${port}`, '--host=127.0.0.1'],
      env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config, GDK_BACKEND: 'x11' },
    });
    stops.push(() => service.kill());
    const serverUrl = await service.start(WAIT_MS);

    return {
      async open() {
        const driver = await new Builder()
          .usingServer(serverUrl)
          .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
          .build();
        try {
          await driver.manage().window().setRect(SIZE);
          return webkitSession(driver);
        } catch (err) {
          await driver.quit();
          throw err;
        }
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Starts Xvfb on a free display; resolves to the display (":1"), adds its stop to `stops`. */
function startXvfb(stops) {
  const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const exited = new Promise((done) => xvfb.once('exit', done));
  stops.push(async () => {
    if (xvfb.exitCode === null && xvfb.signalCode === null) xvfb.kill();
    await exited;
  });
  return new Promise((ok, fail) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) ok(`:${out.trim()}`);
    });
    xvfb.once('error', fail);
    xvfb.once('exit', (code) => fail(new Error(`Xvfb stopped (${code}) before it opened a display`)));
  });
}

function webkitSession(driver) {
  const element = async (find, args) => {
    const el = await driver.executeScript(find, ...args);
    if (!el) assert.fail(`no element for ${find.name || find}(${args.join(', ')})`);
    return el;
  };
  return {
    // WebKitWebDriver reports neither console messages nor page errors; what the user
    // sees is checked instead (a CSP that blocked the wasm leaves the app unpainted).
    problems: [],
    goto: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    url: () => driver.getCurrentUrl(),
    evaluate: (fn, ...args) => driver.executeScript(fn, ...args),
    async waitFor(what, fn, ...args) {
      try {
        await driver.wait(async () => Boolean(await driver.executeScript(fn, ...args)), WAIT_MS);
      } catch (err) {
        assert.fail(`WebKit: waited ${WAIT_MS / 1000} s for ${what}: ${err.message}; ${await where((fn) => driver.executeScript(fn))}`);
      }
    },
    async click(find, ...args) {
      await (await element(find, args)).click();
    },
    async type(text, find, ...args) {
      await (await element(find, args)).sendKeys(text);
    },
    close: () => driver.quit(),
  };
}
