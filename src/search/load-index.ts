/** Loads the search index chunk on first use and keeps it for the rest of the visit. */
import { parseSearchIndex, type ParsedSearchIndex } from './search-notes';

let cached: Promise<ParsedSearchIndex> | null = null;

/** Imports and parses the search index once; a failed load is reported as data and retried next call. */
export function loadSearchIndex(): Promise<ParsedSearchIndex> {
  cached ??= import('virtual:examflow/search-index').then(
    (module) => parseSearchIndex(module.default),
    (error: unknown) => {
      // Forget the failure so that a later attempt (say, back online) imports the chunk again.
      cached = null;
      return { ok: false as const, reason: error instanceof Error ? error.message : String(error) };
    },
  );
  return cached;
}
