/**
 * Loads the search index on first use, in a worker where the browser has them, and keeps it for the visit.
 * This module is itself imported on first use (src/routes/search/search-launcher.tsx): its static imports, the
 * head's address and the worker's starter, are then fetched beside it, in one round trip from the key press.
 */
import { head } from 'virtual:examflow/search-index';
import type { LoadedSearchEngine } from './search-engine';
import { startSearchWorker, workerEngine } from './worker-engine';

let cached: Promise<LoadedSearchEngine> | null = null;

/**
 * Starts the index loading once and resolves with a search engine; a failed load is reported as data and
 * retried next call. The shortcut calls this on its key press, so the fetches start then.
 */
export function loadSearchIndex(): Promise<LoadedSearchEngine> {
  cached ??= Promise.resolve()
    .then(() => {
      const headUrl = new URL(head, location.href).href;
      return typeof Worker === 'function' ? startWorker(headUrl) : loadInPlace(headUrl);
    })
    .then(
      (loaded) => {
        if (!loaded.ok) cached = null;
        return loaded;
      },
      (error: unknown) => {
        // Forget the failure so that a later attempt (say, back online) starts again.
        cached = null;
        return { ok: false as const, reason: error instanceof Error ? error.message : String(error) };
      },
    );
  return cached;
}

function startWorker(headUrl: string): Promise<LoadedSearchEngine> {
  // A worker that fails after loading is forgotten, so that "try again" starts a new one.
  return workerEngine(headUrl, startSearchWorker(), () => {
    cached = null;
  });
}

// A dynamic import, so that MiniSearch stays out of the page's scripts where the worker does the searching.
async function loadInPlace(headUrl: string): Promise<LoadedSearchEngine> {
  const [{ openSearchIndex }, { localEngine }] = await Promise.all([import('./open-index'), import('./search-engine')]);
  const opened = await openSearchIndex(headUrl);
  return opened.ok ? { ok: true, engine: localEngine(opened.index) } : opened;
}
