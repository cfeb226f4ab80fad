import { useEffect, useState } from 'react';

/** Where an asynchronous value is: loading, failed with a detail, or done. */
export type AsyncValue<T> = { status: 'loading' } | { status: 'error'; detail: string } | { status: 'done'; value: T };

/**
 * Runs `load` whenever `key` changes and reports its progress; a result arriving after the key
 * changed again is dropped, so a fast click through links never shows the wrong questions.
 */
export function useAsyncValue<T>(key: string, load: () => Promise<T>): AsyncValue<T> {
  const [state, setState] = useState<{ key: string; value: AsyncValue<T> }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    // Already loading this key (the first run): the same state, so the page is not drawn again for nothing.
    setState((state) => (state.key === key && state.value.status === 'loading' ? state : { key, value: { status: 'loading' } }));
    load().then(
      (value) => current && setState({ key, value: { status: 'done', value } }),
      (error: unknown) => current && setState({ key, value: { status: 'error', detail: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
    // `load` is rebuilt every render; the key says when the work really changes.
  }, [key]);
  return state.key === key ? state.value : { status: 'loading' };
}
