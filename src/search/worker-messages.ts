/** The messages between the page and the search worker (search-worker.ts, worker-engine.ts). */
import type { SearchResult } from './search-notes';

/** From the page: load the serialised index once, then answer queries by id. */
export type ToSearchWorker =
  | { type: 'load'; json: string }
  | { type: 'search'; id: number; query: string; limit: number };

/** From the worker: whether the index loaded, and each query's results under the query's id. */
export type FromSearchWorker =
  | { type: 'loaded'; ok: true }
  | { type: 'loaded'; ok: false; reason: string }
  | { type: 'results'; id: number; results: SearchResult[] };
