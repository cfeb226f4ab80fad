import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { writeServiceWorker } from './service-worker.ts';

/** The installable-app manifest: name, colours and the icons in `public/` (start_url and scope follow the base). */
export const WEB_MANIFEST = {
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
} as const;

/** The manifest file of a site served under `base`. */
export function webManifestFile(base: string): string {
  return JSON.stringify({ ...WEB_MANIFEST, start_url: base, scope: base });
}

/** What the PWA plugin offers the build's last stage (src/build/finish-site.ts). */
export interface PwaApi {
  /**
   * Writes manifest.webmanifest and sw.js into the finished site in `dir`, served under `base`; `revisions` gives the
   * precache revision of files already hashed as they were written (by path in the site), which are not read again.
   */
  finishSite: (dir: string, base: string, revisions?: ReadonlyMap<string, string>) => Promise<void>;
}

/** The name finish-site.ts finds the plugin by. */
export const PWA_PLUGIN = 'examflow-pwa';

/**
 * The installable, offline app: the web manifest and a service worker (src/pwa/service-worker.ts) that
 * precaches the app, each page's data and the search index. Both are written once the pages are
 * pre-rendered, so the service worker precaches the finished site. The app registers it (src/pwa/update-prompt.tsx),
 * and a first visit's home page, whose app waits for the reader's intent, registers it at load from its start
 * script (src/pwa/register-at-load.ts), which the page's Content-Security-Policy allows by hash.
 */
export function examflowPwa(): Plugin[] {
  const api: PwaApi = {
    finishSite: async (dir, base, revisions) => {
      await writeFile(path.join(dir, 'manifest.webmanifest'), webManifestFile(base));
      // Nothing is left out of the precache since Mermaid no longer runs in the browser.
      await writeServiceWorker(dir, new Set(), revisions);
    },
  };
  return [{ name: PWA_PLUGIN, apply: 'build', api }];
}
