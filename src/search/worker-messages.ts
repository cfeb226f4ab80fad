/** The messages between the page and the search worker (search-worker.ts, worker-engine.ts). */
import type { SearchResult } from './search-notes';

/**
 * From the page: open the index whose head is at `url` (absolute) once, then answer queries by id, or stop
 * working on one whose answer the page no longer wants (`cancel`). The worker fetches the head and every
 * part itself, so the page never reads the index.
 */
export type ToSearchWorker = { type: 'load'; url: string } | { type: 'search'; id: number; query: string; limit: number } | { type: 'cancel'; id: number };

/** From the worker: whether the head loaded, and each query's results (or why it failed) under its id. */
export type FromSearchWorker =
  | { type: 'loaded'; ok: true }
  | { type: 'loaded'; ok: false; reason: string }
  | { type: 'results'; id: number; results: SearchResult[] }
  | { type: 'failed'; id: number; reason: string };
