import { useEffect, useState } from 'react';
import type { SearchEngine } from '../../search/search-engine';
import type { SearchResult } from '../../search/search-notes';
import type { SearchIndexState } from './use-search-index';

/** A query and the results the engine gave for it, or why it gave none (`failed`). */
export interface SearchAnswer {
  query: string;
  results: SearchResult[];
  failed?: string;
}

const NONE: SearchAnswer = { query: '', results: [] };

/**
 * The results of a query, asked of the search engine (a worker) as the query changes. Until a query's
 * answer arrives, the previous answer stays on screen (with its own query, for the status line), so
 * results never blink out while typing. An engine that stops answering (its worker failed) gives an
 * answer with the reason, so the dialog says so instead of waiting.
 */
export function useSearchResults(state: SearchIndexState, query: string, limit: number): SearchAnswer {
  const engine = state.status === 'ready' ? state.engine : null;
  // Which engine gave the answer: a failure of one that was replaced (by "try again") is not shown.
  const [held, setHeld] = useState<{ from: SearchEngine | null; answer: SearchAnswer }>({ from: null, answer: NONE });
  const setAnswer = (answer: SearchAnswer) => setHeld({ from: engine, answer });
  useEffect(() => {
    if (!engine) return undefined;
    let live = true;
    // A query typed over is cancelled and its answer dropped: only the latest query's results are shown.
    const typedOver = new AbortController();
    engine.search(query, limit, typedOver.signal).then(
      (results) => live && setAnswer({ query, results }),
      (error: unknown) => live && setAnswer({ query, results: [], failed: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
      typedOver.abort();
    };
  }, [engine, query, limit]);
  if (!engine) return NONE;
  return held.from === engine || held.answer.failed === undefined ? held.answer : { ...held.answer, failed: undefined };
}
