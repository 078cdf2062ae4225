// Digiwijzer service worker: makes every feature work offline after the first visit.
// scripts/postbuild.mjs fills in the precache list and the version at build time; this
// file is the template (it always regenerates dist/sw.js from here).
//
// Every URL is relative to this file, so the same build works in any folder. Two
// deployments on one host (say /a/ and /b/) keep separate caches: the cache name holds
// the scope, and cleaning up only touches this scope's old versions.
const VERSION = '__VERSION__';
const PRECACHE = [/*__PRECACHE__*/];
const PREFIX = `digiwijzer:${new URL(self.registration.scope).pathname}:`;
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  // Fetch everything first, past the HTTP cache (theme.css and the icons have stable
  // names); if one file fails, the old version stays in charge. The new worker then
  // waits until the user accepts the update (see public/pwa.js).
  const requests = PRECACHE.map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting worker to take over when the user chooses "herladen".
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Routes live in the hash, so every page load asks for index.html (or the folder);
  // `?embed=1` and similar must not miss the cache.
  const options = { cacheName: CACHE, ignoreSearch: true, ignoreVary: true };
  event.respondWith(caches.match(request, options).then((hit) => hit || fetch(request)));
});
