// Between Sessions service worker: the app shell, cache-first, so the app starts with no network.
// The precache list and version below are written into dist/sw.js by scripts/precache.mjs after each
// Trunk build (hashed file names). A new version installs and then WAITS: the page offers "Update",
// and only when she taps it does the new worker take over and the page reload.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `between-sessions-${VERSION}`;

self.addEventListener("install", (event) => {
  // Await the whole precache: a worker that installs with half a shell cannot start offline.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("between-sessions-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return; // never proxy anything else
  // The quick-exit page and the static help page are files of their own (not the app shell), so
  // they show offline too.
  if (request.mode === "navigate" && url.pathname !== "/neutral.html" && url.pathname !== "/help.html") {
    // Every app path (/checkin, /people/…) is the same shell; the app routes on the client.
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match("/index.html").then((hit) => hit || fetch(request))),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)),
    ),
  );
});
