// Offline use and updates, on every page: registers the service worker (sw.js), tells
// the app when a new deployment is waiting, and lets that worker take over only when
// the user chooses "herladen" in the app's banner (src/ui/pwa.rs shows it).
//
// A new worker never takes over by itself: that would swap the code under a user who is
// halfway through the self-assessment. Reloading keeps localStorage, so no answers are
// lost. Plain JavaScript, not wasm: the browser API is promise and event based, and
// driving it from Rust costs the page more bytes than this whole file.
//
// The contract with the app, both as events on `window`:
// - `digiwijzer:update-ready` (this file → app): a new version waits; the class
//   `update-ready` on <html> says the same to an app that starts later;
// - `digiwijzer:accept-update` (app → this file): the user chose "herladen"; this file
//   cancels the event to say it heard.
(() => {
  let container;
  try {
    // Only in secure contexts (https, localhost); reading it throws in some sandboxed
    // frames. Without it the app still works online, just not offline.
    container = navigator.serviceWorker;
  } catch {
    return;
  }
  if (!container) return;

  let registration = null;
  // Set when the user accepted the update: the first install also fires
  // `controllerchange` (the worker claims the page) and must not reload.
  let reloadOnTakeover = false;
  container.addEventListener('controllerchange', () => {
    if (reloadOnTakeover) location.reload();
  });

  const ready = () => {
    document.documentElement.classList.add('update-ready');
    window.dispatchEvent(new Event('digiwijzer:update-ready'));
  };
  // Without a controller this is the first install, not an update.
  const isUpdate = () => Boolean(container.controller);

  window.addEventListener('digiwijzer:accept-update', (event) => {
    // Tells the app this file took the request, so it does not reload on its own.
    event.preventDefault();
    const waiting = registration && registration.waiting;
    if (!waiting) {
      location.reload();
      return;
    }
    reloadOnTakeover = true;
    try {
      waiting.postMessage({ type: 'SKIP_WAITING' });
    } catch {
      location.reload();
    }
  });

  const watch = (reg) => {
    registration = reg;
    if (reg.waiting && isUpdate()) ready();
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && isUpdate()) ready();
      });
    });
    // Intranet tabs stay open for days: look for a new deployment whenever the user comes
    // back to the tab or the network returns (browsers only check on navigation). A
    // failed check is retried at the next occasion; there is nothing to tell the user.
    const check = () => {
      if (navigator.onLine) reg.update().catch(() => {});
    };
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
    window.addEventListener('online', check);
  };

  // Installing the worker downloads the whole app for offline use, so it waits until the
  // app has painted its first screen (the app then sets the class `painted` on <html>).
  const register = () => {
    // A failed registration (a proxy blocking sw.js, private mode) only costs offline use.
    container.register('sw.js').then(watch, () => {});
  };
  const root = document.documentElement;
  if (root.classList.contains('painted')) {
    register();
  } else {
    const observer = new MutationObserver(() => {
      if (!root.classList.contains('painted')) return;
      observer.disconnect();
      register();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['class'] });
  }
})();
