import type { Plugin } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { lazyOnlyChunks } from './lazy-only-chunks.ts';

/** The installable-app manifest: name, colours and the icons in `public/`. */
export const WEB_MANIFEST: Partial<ManifestOptions> = {
  id: './',
  name: 'examflow',
  short_name: 'examflow',
  description: 'Study your own Markdown exam notes with quizzes, timed exams and spaced repetition, offline.',
  lang: 'en',
  display: 'standalone',
  theme_color: '#1f5fbf',
  background_color: '#ffffff',
  icons: [
    { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

/**
 * The service worker: precaches the app, each page's data and the search index so the whole vault works
 * offline after one visit; a navigation gets its pre-rendered page, or offline the app's shell.
 * `registerType: 'prompt'` keeps the old version running until the reader chooses to reload, so a page never mixes chunks of two deployments. Registration happens in src/pwa/update-prompt.tsx because
 * the Content-Security-Policy forbids the inline script the plugin would otherwise inject.
 */
export function examflowPwa(outDir: string): Plugin[] {
  // Mermaid and the chunks only it reaches (several megabytes) are cached on first use instead of on install.
  const mermaid = lazyOnlyChunks(/[\\/]node_modules[\\/]mermaid[\\/]/);
  const plugins = VitePWA({
    outDir,
    registerType: 'prompt',
    injectRegister: null,
    manifest: WEB_MANIFEST,
    includeAssets: ['favicon.svg'],
    workbox: {
      // Pre-rendered pages are not precached (each would be kept twice). Online, a navigation gets the
      // page itself, complete; offline (or after 4 s without an answer), the app's shell, which draws the
      // page from its precached `.data` file (a note's content) and chunks.
      globPatterns: ['**/*.{js,css,svg,png,webmanifest,data}', '__spa-fallback.html'],
      navigateFallback: null,
      runtimeCaching: [
        {
          urlPattern: ({ request }) => request.mode === 'navigate',
          handler: 'NetworkFirst',
          options: {
            cacheName: 'examflow-pages',
            networkTimeoutSeconds: 4,
            expiration: { maxEntries: 50 },
            precacheFallback: { fallbackURL: '__spa-fallback.html' },
          },
        },
        // Built files carry a content hash, so a cached copy is always the right one (Mermaid's, left out of
        // the precache, land here on first use).
        { urlPattern: ({ url }) => /\/assets\/[^/]+\.(js|css)$/.test(url.pathname), handler: 'CacheFirst', options: { cacheName: 'examflow-lazy-assets' } },
      ],
      // React Router asks for `<page>.data?_routes=…` when only some of a page's routes need the data.
      ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^_routes$/],
      cleanupOutdatedCaches: true,
      // The first install takes the open tab at once so it works offline without a reload; later versions
      // still wait for the reader (no skipWaiting).
      clientsClaim: true,
      // The search index of a 5,000-note vault is several megabytes and must still be precached.
      maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
      manifestTransforms: [async (entries) => ({ manifest: entries.filter((entry) => !mermaid.files.has(entry.url)), warnings: [] })],
    },
    devOptions: { enabled: false },
  });
  // The service worker is generated once the pages are pre-rendered (src/build/finish-site.ts calls the
  // plugin's generateSW), not when the browser's bundle closes, so it precaches the finished site.
  return [mermaid.plugin, ...plugins.map((plugin) => (plugin.name === 'vite-plugin-pwa:build' ? { ...plugin, closeBundle: undefined } : plugin))];
}
