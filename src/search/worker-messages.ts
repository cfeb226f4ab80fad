/** The messages between the page and the search worker (search-worker.ts, worker-engine.ts). */
import type { SearchPartKey } from './search-files';
import type { SearchResult } from './search-notes';

/**
 * From the page: load the index's head once, then answer queries by id. The worker asks the page for
 * each part of the index it needs (the page's bundle holds the loaders); the page sends back its text.
 */
export type ToSearchWorker =
  | { type: 'load'; meta: string }
  | { type: 'search'; id: number; query: string; limit: number }
  | { type: 'part'; key: SearchPartKey; json: string }
  | { type: 'part-failed'; key: SearchPartKey; reason: string };

/** From the worker: whether the head loaded, each query's results (or why it failed) under its id, and parts it needs. */
export type FromSearchWorker =
  | { type: 'loaded'; ok: true }
  | { type: 'loaded'; ok: false; reason: string }
  | { type: 'results'; id: number; results: SearchResult[] }
  | { type: 'failed'; id: number; reason: string }
  | { type: 'need'; key: SearchPartKey };
