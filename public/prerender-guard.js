// Runs before the page is painted (a classic script in <head>, so it blocks rendering
// for one small file fetched alongside the stylesheets).
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
