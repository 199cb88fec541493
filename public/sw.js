// Between Sessions service worker: the app shell, cache-first, so the app starts with no network.
// The precache holds every file of the build, each room's WASM chunk included, so every room opens
// offline after one visit.
// The precache list and version below are written into dist/sw.js by scripts/precache.mjs after each
// Trunk build (hashed file names). A new version installs and then WAITS: the page offers "Update",
// and only when she taps it does the new worker take over and the page reload.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `between-sessions-${VERSION}`;
// Pages served as themselves rather than as the app shell.
const STATIC_PAGES = ["/neutral.html", "/help.html"];

// Files named by their content (Trunk's and the split build's 16 hex digits, the language files'
// 8): the same name is the same bytes, so an update copies them from the cache it already has and
// downloads only the files that changed (one room's chunk and the small main module, say).
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$|\/lang\/[a-z]+-[0-9a-f]{8}\.txt$/;

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    PRECACHE.map(async (url) => {
      if (HASHED.test(url)) {
        const kept = await caches.match(url);
        if (kept) return cache.put(url, kept);
      }
      const response = await fetch(url);
      if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
      return cache.put(url, response);
    }),
  );
}

self.addEventListener("install", (event) => {
  // Await the whole precache: a worker that installs with half a shell cannot start offline.
  event.waitUntil(precache());
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
  // they show offline too, and help works even where the app's WASM cannot run.
  if (request.mode === "navigate" && !STATIC_PAGES.includes(url.pathname)) {
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
