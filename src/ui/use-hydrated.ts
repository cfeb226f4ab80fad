import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React hydrates a pre-rendered page (and in the pre-render itself), true from then on and on
 * every page drawn in the browser: what depends on the URL's query, which the pre-render never saw, waits
 * for it so hydration matches the HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
