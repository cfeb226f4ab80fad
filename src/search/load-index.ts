/** Loads the search index on first use, in a worker where the browser has them, and keeps it for the visit. */
import type { LoadedSearchEngine } from './search-engine';

let cached: Promise<LoadedSearchEngine> | null = null;

type IndexModule = typeof import('virtual:examflow/search-index');

/** Imports the index's head once and loads it into a search engine; a failed load is reported as data and retried next call. */
export function loadSearchIndex(): Promise<LoadedSearchEngine> {
  cached ??= import('virtual:examflow/search-index')
    .then((module) => (typeof Worker === 'function' ? startWorker(module) : loadInPlace(module)))
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
async function startWorker({ meta, loadPart }: IndexModule): Promise<LoadedSearchEngine> {
  const { startSearchWorker, workerEngine } = await import('./worker-engine');
  // A worker that fails after loading is forgotten, so that "try again" starts a new one.
  return workerEngine(meta, loadPart, startSearchWorker(), () => {
    cached = null;
  });
}

async function loadInPlace({ meta, loadPart }: IndexModule): Promise<LoadedSearchEngine> {
  const [{ lazyIndex, parseMeta }, { localEngine }] = await Promise.all([import('./lazy-index'), import('./search-engine')]);
  const parsed = parseMeta(meta);
  if (!parsed.ok) return parsed;
  return { ok: true, engine: localEngine(lazyIndex(parsed.meta, async (key) => JSON.parse(await loadPart(key)) as unknown)) };
}
