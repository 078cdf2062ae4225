// Prerendering for the release build's post-build step (scripts/postbuild.mjs).
//
// Opens the freshly built tip list in Debian's Chromium, exactly as a visitor would, and
// returns what the app rendered: the start page with its first cards. postbuild writes it
// into index.html, so those cards are painted as soon as the HTML and CSS are in, before
// the wasm has loaded (or on a PC that blocks wasm, at all). The app replaces it when it
// mounts (src/ui/prerendered.rs); public/prerender-guard.js hides it on any other address.
//
// The HTML is the browser's own serialisation of the DOM the app built: corpus text in it
// is escaped text, as it was in the DOM, never markup.
import { serve } from './serve.mjs';
import { afterFrames, collectProblems, launchChromium } from './chromium.mjs';

/** A phone's screen: the facets start folded, as on most first visits' smallest screen;
 * on a wide screen they unfold when the app takes over, beside the cards, moving nothing. */
const VIEWPORT = { width: 412, height: 823 };

/** The start page of `dir`/`file` as the app renders it, ready to be put in <body>; the
 * browser asks for `locale`, as a visitor of that page's language would. */
export async function prerenderStartPage(dir, file = 'index.html', locale = 'nl-NL') {
  const { server, url } = await serve({ dir, port: 0 });
  const browser = await launchChromium();
  try {
    const page = collectProblems(await browser.newPage({ viewport: VIEWPORT, locale }));
    await page.goto(file === 'index.html' ? url : new URL(file, url).href);
    // `painted`: the app is mounted and its first screen painted (src/ui/mod.rs). Two more
    // frames let the cards below the first screen follow (src/ui/list_page.rs).
    await page.waitForSelector('html.painted .cards .card', { timeout: 30000 });
    await afterFrames(page, 50);
    const html = await page.evaluate(() => {
      const body = document.body.cloneNode(true);
      for (const el of body.querySelectorAll('noscript, script')) el.remove();
      // Leptos's empty placeholder comments mark where a view may change; nothing changes here.
      return body.innerHTML.replaceAll('<!---->', '').trim();
    });
    if (page.problems.length) throw new Error(`the start page reported problems:\n${page.problems.join('\n')}`);
    if (!html.includes('class="card"')) throw new Error('the start page showed no tip cards');
    return html;
  } finally {
    await browser.close();
    server.close();
  }
}
