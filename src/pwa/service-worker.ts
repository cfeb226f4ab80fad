/**
 * The service worker. The build bundles this file once (src/build/service-worker.ts) and writes the list of
 * files to precache where `self.__WB_MANIFEST` stands: the app, each page's data and the search index, so
 * the whole vault works offline after one visit. A navigation gets its pre-rendered page, or offline the
 * app's shell. It is a classic script: no import survives bundling.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { isRemoteImage, REMOTE_IMAGE_CACHE, REMOTE_IMAGE_LIMITS } from './remote-image-cache';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

// The app shell that draws any page from its precached data (what 404.html also serves).
const SHELL = '__spa-fallback.html';

// The update prompt (src/pwa/register-service-worker.ts) asks the waiting version to take over; it never
// takes over on its own, so a page never mixes chunks of two deployments.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes the open tab at once so it works offline without a reload.
clientsClaim();
// React Router asks for `<page>.data?_routes=…` when only some of a page's routes need the data.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^_routes$/] });
cleanupOutdatedCaches();

// Pre-rendered pages are not precached (each would be kept twice). Online, a navigation gets the page
// itself, complete; offline (or after 4 s without an answer), the app's shell, which draws the page from
// its precached `.data` file and chunks.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: 'examflow-pages',
    networkTimeoutSeconds: 4,
    plugins: [new ExpirationPlugin({ maxEntries: 50 }), new PrecacheFallbackPlugin({ fallbackURL: SHELL })],
  }),
);

// Built files carry a content hash, so a cached copy is always the right one. The search worker's fetches of
// the index's parts come here too: one the precache missed is kept once fetched.
registerRoute(({ url }) => /\/assets\/[^/]+\.(js|css|json)$/.test(url.pathname), new CacheFirst({ cacheName: 'examflow-lazy-assets' }));

// A note's images from other hosts, once the page has shown them, are kept for reading offline (bounded:
// src/pwa/remote-image-cache.ts). Their answers are opaque (no CORS), which StaleWhileRevalidate caches,
// unlike CacheFirst; the copy is refreshed in the background while online.
registerRoute(
  ({ request, url }) => isRemoteImage(request, url, self.location.origin),
  new StaleWhileRevalidate({ cacheName: REMOTE_IMAGE_CACHE, plugins: [new ExpirationPlugin({ ...REMOTE_IMAGE_LIMITS })] }),
);
