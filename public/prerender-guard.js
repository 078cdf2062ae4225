// Runs before the page is painted: index.html loads it with `async blocking="render"`, so
// the browser goes on parsing while it loads, alongside the stylesheets, but paints nothing
// before it has run. (A browser that ignores `blocking` may show the start page for a moment.)
//
// index.html carries the tip list as the release build rendered it (#prerendered), so the
// first cards show before the wasm has loaded. That list is the plain start page: for any
// other address (a document, a search, a filter, embed mode) it would be the wrong page for
// a moment, so it stays hidden and the app renders that address itself.
(function () {
  var hash = location.hash;
  var plain = !location.search && (hash === '' || hash === '#' || hash === '#/');
  if (!plain) document.documentElement.className += ' prerender-off';
})();
