import { useCallback, useEffect, useState } from 'react';
import { loadSearchIndex } from '../../search/load-index';
import type { SearchEngine } from '../../search/search-engine';

/** Where loading the search index stands. */
export type SearchIndexState =
  | { status: 'loading' }
  | { status: 'ready'; engine: SearchEngine }
  | { status: 'error'; reason: string };

/** Loads the search index when a component first needs it; `retry` tries again after a failure. */
export function useSearchIndex(): { state: SearchIndexState; retry: () => void } {
  const [state, setState] = useState<SearchIndexState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void loadSearchIndex().then((result) => {
      if (!live) return;
      setState(result.ok ? { status: 'ready', engine: result.engine } : { status: 'error', reason: result.reason });
    });
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
