/**
 * The service worker's precache list: which files of the finished site it keeps for offline use, each with
 * a revision so a new deployment replaces only what changed.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One precached file, as workbox-precaching reads it: a URL relative to the site and its revision. */
export interface PrecacheEntry {
  url: string;
  /** null when the name already carries a content hash (Vite's assets/): the URL is the revision. */
  revision: string | null;
}

// The app, its styles and icons, each page's data (a note's content), the search index's files (assets/*.json:
// its head and every part, so a search offline finds what it finds online) and the app's shell. Pre-rendered
// pages are left out (each would be kept twice): offline the shell draws any page from its data.
const PRECACHED = /\.(js|css|svg|png|webmanifest|data)$|^assets\/[^/]+\.json$/;
const SHELL = '__spa-fallback.html';
// The service worker never lists itself: the browser checks it for updates on its own.
const SELF = 'sw.js';
// Vite names every file under assets/ after its content.
const HASHED = /^assets\//;

/** Whether a file of the site (path relative to it, `/`-separated) belongs in the precache. */
export function isPrecached(file: string): boolean {
  return file !== SELF && (file === SHELL || PRECACHED.test(file));
}

/** The revision of a file: none for names with a content hash, else a hash of its bytes. */
export function revisionOf(file: string, bytes: Uint8Array): string | null {
  return HASHED.test(file) ? null : createHash('md5').update(bytes).digest('hex');
}

/** Every file below `dir` as `/`-separated paths relative to it, sorted so the list is the same on each build. */
async function siteFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The precache list of the finished site in `dir`, leaving out `exclude` (files cached on first use instead).
 * Only files without a content hash in their name are read, a few at a time, so memory stays flat at any size;
 * a file whose revision `known` gives (the pre-render hashed it as it wrote it, src/build/written-files.ts) is not.
 */
export async function precacheManifest(dir: string, exclude: ReadonlySet<string>, known: ReadonlyMap<string, string> = new Map()): Promise<PrecacheEntry[]> {
  const files = (await siteFiles(dir)).filter((file) => isPrecached(file) && !exclude.has(file));
  const entries: PrecacheEntry[] = [];
  const batch = 64;
  for (let start = 0; start < files.length; start += batch) {
    const slice = files.slice(start, start + batch);
    entries.push(
      ...(await Promise.all(
        slice.map(async (url) => ({ url, revision: HASHED.test(url) ? null : (known.get(url) ?? revisionOf(url, await readFile(path.join(dir, url)))) })),
      )),
    );
  }
  return entries;
}
