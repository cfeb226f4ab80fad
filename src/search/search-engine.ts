/**
 * What the search dialog talks to: an index that answers queries asynchronously. In the browser it lives
 * in a Web Worker (search-worker.ts); where no worker can start (tests, old browsers) it runs in place.
 */
import type { LazyIndex } from './lazy-index';
import type { SearchResult } from './search-notes';

/** A loaded index that answers a query with its results, best first. */
export interface SearchEngine {
  /** Answers `query`; aborting `signal` says its answer is no longer wanted (it rejects, having fetched what it need not). */
  search: (query: string, limit: number, signal?: AbortSignal) => Promise<SearchResult[]>;
}

/** Loading an engine either works or says why not; it never throws. */
export type LoadedSearchEngine = { ok: true; engine: SearchEngine } | { ok: false; reason: string };

/** An engine over an index loaded on this thread. */
export function localEngine(index: LazyIndex): SearchEngine {
  return { search: (query, limit, signal) => index.search(query, limit, signal) };
}
