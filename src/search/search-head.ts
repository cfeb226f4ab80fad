/**
 * The search index as static files the search worker fetches itself: a head (SearchMeta plus content hashes)
 * and one JSON file per part, each named after its content so a host may cache it for good and a new build
 * never serves an old part under a new head. Stored-note parts are many and small (one per note), so they
 * are hashed in runs: each is named after the content of its run, and the head lists one hash per run.
 */
import type { SearchMeta, SearchPartKey } from './search-files';

/** The head file: what every query reads, and the hashes its parts' files are named after. */
export interface SearchHead extends SearchMeta {
  /** By key: each shard's and the Latin terms' hash, and each run's for the first stored-note part of the run. */
  parts: Partial<Record<SearchPartKey, string>>;
  /** Stored-note parts per run: `docs-n` is named after the hash listed under the run's first, `docs-(n - n % docsPerHash)`. */
  docsPerHash: number;
}

/** The key under which the head lists the hash part `key`'s file is named after: its own, or its run's. */
export function hashKey(key: SearchPartKey, docsPerHash: number): SearchPartKey {
  if (!key.startsWith('docs-')) return key;
  const n = Number(key.slice('docs-'.length));
  return `docs-${n - (n % docsPerHash)}`;
}

/** The file name of the head whose content hashes to `hash`. */
export function headFileName(hash: string): string {
  return `search-head-${hash}.json`;
}

/** The file name of part `key` whose content hashes to `hash`, beside the head. */
export function partFileName(key: SearchPartKey, hash: string): string {
  return `search-${key}-${hash}.json`;
}

/** The URL of part `key` of the index whose head is at `headUrl`, or undefined for a key the head does not list. */
export function partUrl(head: SearchHead, headUrl: string, key: SearchPartKey): string | undefined {
  const listed = hashKey(key, head.docsPerHash);
  const hash = Object.prototype.hasOwnProperty.call(head.parts, listed) ? head.parts[listed] : undefined;
  return hash === undefined ? undefined : new URL(partFileName(key, hash), headUrl).href;
}
