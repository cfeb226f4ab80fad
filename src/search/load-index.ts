/** Loads the search index chunk on first use and keeps it for the rest of the visit. */
import type { ParsedSearchIndex } from './search-notes';

let cached: Promise<ParsedSearchIndex> | null = null;

/** Imports and parses the search index once; a failed load is reported as data and retried next call. */
export function loadSearchIndex(): Promise<ParsedSearchIndex> {
  // Both imports are dynamic so that MiniSearch stays out of the pages that never search.
  cached ??= Promise.all([import('virtual:examflow/search-index'), import('./search-notes')]).then(
    ([module, { parseSearchIndex }]) => parseSearchIndex(module.default),
    (error: unknown) => {
      // Forget the failure so that a later attempt (say, back online) imports the chunk again.
      cached = null;
      return { ok: false as const, reason: error instanceof Error ? error.message : String(error) };
    },
  );
  return cached;
}
