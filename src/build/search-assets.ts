/**
 * The search index's files as the build writes them (and the dev server serves them): every part as JSON
 * named by its content hash, and the head listing those hashes (src/search/search-head.ts).
 */
import { createHash } from 'node:crypto';
import { partKeys, partOf, type SearchFiles } from '../search/search-files.ts';
import { headFileName, partFileName, type SearchHead } from '../search/search-head.ts';

/** The index as files: the head's file name and every file's name and text. */
export interface SearchAssets {
  head: string;
  files: Map<string, string>;
}

/** A short content hash for a file name (URL-safe, like Vite's). */
function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 10);
}

/** Cuts `files` into the head and one file per part, each named by its content. */
export function searchAssets(files: SearchFiles): SearchAssets {
  const out = new Map<string, string>();
  const parts: SearchHead['parts'] = {};
  for (const key of partKeys(files)) {
    const text = JSON.stringify(partOf(files, key));
    const hash = contentHash(text);
    parts[key] = hash;
    out.set(partFileName(key, hash), text);
  }
  const headText = JSON.stringify({ ...files.meta, parts } satisfies SearchHead);
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
