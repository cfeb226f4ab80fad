/**
 * Opens the search index from its files: fetches the head, then lets lazyIndex fetch each part beside it as
 * queries need them. The search worker runs this (so fetching and parsing stay off the page's main thread);
 * where no worker can start, the page runs it in place.
 */
import { lazyIndex, readMeta, type LazyIndex } from './lazy-index';
import { partUrl, type SearchHead } from './search-head';

/** Fetches a URL and resolves with its parsed JSON; rejects when the answer is not a success. */
export type FetchJson = (url: string) => Promise<unknown>;

/** FetchJson over the browser's fetch (in a worker, the page's service worker answers it too). */
export const fetchJson: FetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
};

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Fetches the head at `headUrl` (absolute) and opens the index; a failed fetch or a bad head is reported as data. */
export async function openSearchIndex(headUrl: string, fetchFile: FetchJson = fetchJson): Promise<{ ok: true; index: LazyIndex } | { ok: false; reason: string }> {
  let value: unknown;
  try {
    value = await fetchFile(headUrl);
  } catch (error) {
    return { ok: false, reason: `search index head: ${reasonOf(error)}` };
  }
  const read = readMeta(value);
  if (!read.ok) return read;
  const { parts, docsPerHash } = value as Partial<SearchHead>;
  if (typeof parts !== 'object' || parts === null || typeof docsPerHash !== 'number' || !(docsPerHash >= 1)) return { ok: false, reason: 'search index head lists no parts' };
  const head = { ...read.meta, parts, docsPerHash };
  const index = lazyIndex(read.meta, async (key) => {
    const url = partUrl(head, headUrl, key);
    if (!url) throw new Error(`no search index part ${key}`);
    try {
      return await fetchFile(url);
    } catch (error) {
      throw new Error(`search index part ${key}: ${reasonOf(error)}`, { cause: error });
    }
  });
  return { ok: true, index };
}
