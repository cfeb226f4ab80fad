/** Loads the search index on first use, in a worker where the browser has them, and keeps it for the visit. */
import type { LoadedSearchEngine } from './search-engine';

let cached: Promise<LoadedSearchEngine> | null = null;

/**
 * Starts the index loading once and resolves with a search engine; a failed load is reported as data and
 * retried next call. The shortcut calls this on its key press, so the fetches start then.
 */
export function loadSearchIndex(): Promise<LoadedSearchEngine> {
  const useWorker = typeof Worker === 'function';
  // Both imports start at once: the head's address and the code that opens it.
  cached ??= Promise.all([import('virtual:examflow/search-index'), useWorker ? import('./worker-engine') : null])
    .then(([{ head }, engine]) => {
      const headUrl = new URL(head, location.href).href;
      return engine ? startWorker(engine, headUrl) : loadInPlace(headUrl);
    })
    .then(
      (loaded) => {
        if (!loaded.ok) cached = null;
        return loaded;
      },
      (error: unknown) => {
        // Forget the failure so that a later attempt (say, back online) imports the chunk again.
        cached = null;
        return { ok: false as const, reason: error instanceof Error ? error.message : String(error) };
      },
    );
  return cached;
}

// Both are dynamic imports so that MiniSearch stays out of the pages that never search, and out of the
// page's own scripts where the worker does the searching.
function startWorker({ startSearchWorker, workerEngine }: typeof import('./worker-engine'), headUrl: string): Promise<LoadedSearchEngine> {
  // A worker that fails after loading is forgotten, so that "try again" starts a new one.
  return workerEngine(headUrl, startSearchWorker(), () => {
    cached = null;
  });
}

async function loadInPlace(headUrl: string): Promise<LoadedSearchEngine> {
  const [{ openSearchIndex }, { localEngine }] = await Promise.all([import('./open-index'), import('./search-engine')]);
  const opened = await openSearchIndex(headUrl);
  return opened.ok ? { ok: true, engine: localEngine(opened.index) } : opened;
}
