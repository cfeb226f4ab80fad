/**
 * The search index's files as the build writes them (and the dev server serves them): every part as JSON
 * named by its content hash (a stored-note part by its run's), and the head listing those hashes
 * (src/search/search-head.ts).
 */
import { createHash } from 'node:crypto';
import { partKeys, partOf, type SearchFiles, type SearchPartKey } from '../search/search-files.ts';
import { hashKey, headFileName, partFileName, type SearchHead } from '../search/search-head.ts';

/**
 * Stored-note parts named after one hash: the head lists a hash per 16 notes (at 5,000 notes 313, not 5,000),
 * and a changed note renames the 16 files of its run, a few kB the service worker fetches again.
 */
export const DOCS_PER_HASH = 16;

/** The index as files: the head's file name and every file's name and text. */
export interface SearchAssets {
  head: string;
  files: Map<string, string>;
}

/** A short content hash for a file name (URL-safe, like Vite's). */
function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 10);
}

/** Cuts `files` into the head and one file per part, each named by its content (a stored-note part by its run's of `docsPerHash`). */
export function searchAssets(files: SearchFiles, docsPerHash = DOCS_PER_HASH): SearchAssets {
  const texts = new Map(partKeys(files).map((key) => [key, JSON.stringify(partOf(files, key))]));
  // Each hash covers the texts of the parts listed under its key (one part, or a run of stored-note parts);
  // JSON texts hold no raw line break, so the joined run is unambiguous.
  const runs = new Map<SearchPartKey, string[]>();
  for (const [key, text] of texts) {
    const listed = hashKey(key, docsPerHash);
    const run = runs.get(listed);
    if (run) run.push(text);
    else runs.set(listed, [text]);
  }
  const parts: SearchHead['parts'] = {};
  for (const [listed, run] of runs) parts[listed] = contentHash(run.join('\n'));
  const out = new Map<string, string>();
  for (const [key, text] of texts) out.set(partFileName(key, parts[hashKey(key, docsPerHash)]!), text);
  const headText = JSON.stringify({ ...files.meta, parts, docsPerHash } satisfies SearchHead);
  const head = headFileName(contentHash(headText));
  out.set(head, headText);
  return { head, files: out };
}

/** The dev server's path for the search index's files (a build writes them beside its assets instead). */
export const DEV_SEARCH_DIR = '__examflow-search';

/** The search file a dev server request asks for (with or without the base in front), or undefined. */
export function devSearchFile(url: string): string | undefined {
  return new URL(url, 'http://dev.invalid').pathname.match(new RegExp(`/${DEV_SEARCH_DIR}/([^/]+\\.json)$`))?.[1];
}
