import { useEffect, useState } from 'react';
import type { SearchResult } from '../../search/search-notes';
import type { SearchIndexState } from './use-search-index';

/** A query and the results the engine gave for it. */
export interface SearchAnswer {
  query: string;
  results: SearchResult[];
}

const NONE: SearchAnswer = { query: '', results: [] };

/**
 * The results of a query, asked of the search engine (a worker) as the query changes. Until a query's
 * answer arrives, the previous answer stays on screen (with its own query, for the status line), so
 * results never blink out while typing.
 */
export function useSearchResults(state: SearchIndexState, query: string, limit: number): SearchAnswer {
  const [answer, setAnswer] = useState<SearchAnswer>(NONE);
  const engine = state.status === 'ready' ? state.engine : null;
  useEffect(() => {
    if (!engine) return undefined;
    let live = true;
    // An answer to a query typed over since is dropped: only the latest query's results are shown.
    void engine.search(query, limit).then((results) => live && setAnswer({ query, results }));
    return () => {
      live = false;
    };
  }, [engine, query, limit]);
  return engine ? answer : NONE;
}
