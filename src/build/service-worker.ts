/**
 * Writes the finished site's service worker: src/pwa/service-worker.ts bundled by rolldown (native, a few
 * hundred milliseconds) with the precache list written in. It replaces workbox-build's generateSW, which
 * re-bundled workbox through Rollup, Babel and Terser on every build (2–20 s at 272 notes, more as the
 * list grew).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { precacheManifest, type PrecacheEntry } from './precache-manifest.ts';

/** The placeholder the service worker's source reads its precache list from. */
export const MANIFEST_PLACEHOLDER = 'self.__WB_MANIFEST';

const SOURCE = fileURLToPath(new URL('../pwa/service-worker.ts', import.meta.url));

/** The service worker's code as one classic script, with workbox's development-only checks left out. */
export async function bundleServiceWorker(source: string = SOURCE): Promise<string> {
  const bundle = await rolldown({
    input: source,
    platform: 'browser',
    logLevel: 'silent',
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/** Writes `entries` where the bundled code reads its precache list; the placeholder must stand there once. */
export function withPrecacheList(code: string, entries: readonly PrecacheEntry[]): string {
  const parts = code.split(MANIFEST_PLACEHOLDER);
  if (parts.length !== 2) throw new Error(`the service worker must read ${MANIFEST_PLACEHOLDER} exactly once (found ${parts.length - 1})`);
  return parts.join(JSON.stringify(entries));
}

/**
 * Writes `sw.js` into the finished site in `dir`, precaching what it holds except `exclude`; returns the list.
 * `revisions` gives files' revisions already known (precacheManifest).
 */
export async function writeServiceWorker(dir: string, exclude: ReadonlySet<string>, revisions?: ReadonlyMap<string, string>): Promise<PrecacheEntry[]> {
  const [code, entries] = await Promise.all([bundleServiceWorker(), precacheManifest(dir, exclude, revisions)]);
  await writeFile(path.join(dir, 'sw.js'), withPrecacheList(code, entries));
  return entries;
}
