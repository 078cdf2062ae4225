// Digiwijzer service worker: makes every feature work offline after the first visit.
// scripts/postbuild.mjs fills in the precache list and the version at build time.
const VERSION = '__VERSION__';
const PRECACHE = [/*__PRECACHE__*/];
const CACHE = `digiwijzer-${VERSION}`;

self.addEventListener('install', (event) => {
  // Fetch everything first; if one file fails, the old version stays in charge.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('digiwijzer-') && k !== CACHE).map((k) => caches.delete(k))))
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
  // Every navigation inside our scope is the single page; routes live in the hash.
  const lookup = request.mode === 'navigate' ? caches.match('./', { cacheName: CACHE }) : caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  event.respondWith(lookup.then((hit) => hit || fetch(request)));
});
