// ormplay's service worker (written into the build as sw.js by scripts/service-worker.mjs, which fills
// in VERSION — a hash of every asset's content — and ASSETS). A second visit opens from this cache, and
// the page works with the network off. A new release is a new VERSION: the new worker caches the new
// assets while the old one keeps serving the old, consistent set; on activation it deletes the old
// cache, so nothing mixes two releases.
//
// Strategy: the page itself (navigations) network-first, falling back to the cache offline; every
// other asset of this release cache-first (their names are content-hashed, or covered by VERSION).
"use strict";

const VERSION = "__VERSION__";
const ASSETS = __ASSETS__;
const CACHE = `ormplay-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Revalidated through the HTTP cache: what the page just loaded is not downloaded again.
      .then((cache) => cache.addAll(ASSETS.map((name) => new Request(`./${name}`, { cache: "no-cache" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("ormplay-") && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request).catch(() => caches.match("./index.html", { cacheName: CACHE }).then((r) => r || Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
