/**
 * The search index as static files the search worker fetches itself: a head (SearchMeta plus the content
 * hash of every part) and one JSON file per part, each named after its content so a host may cache it for
 * good and a new build never serves an old part under a new head.
 */
import type { SearchMeta, SearchPartKey } from './search-files';

/** The head file: what every query reads, and the hash of each part's file by its key. */
export interface SearchHead extends SearchMeta {
  parts: Partial<Record<SearchPartKey, string>>;
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
  const hash = Object.prototype.hasOwnProperty.call(head.parts, key) ? head.parts[key] : undefined;
  return hash === undefined ? undefined : new URL(partFileName(key, hash), headUrl).href;
}
