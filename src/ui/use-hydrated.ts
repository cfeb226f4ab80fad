import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const nothing = () => undefined;

/**
 * Whether React is hydrating the calling component now: it asks for a store's server snapshot only then (and in
 * the pre-render). Both snapshots agree, so the store never forces a re-render of its own.
 */
function useHydrating(): boolean {
  let hydrating = false;
  useSyncExternalStore(subscribe, nothing, () => {
    hydrating = true;
    return undefined;
  });
  return hydrating;
}

/**
 * False while React hydrates a pre-rendered page (and in the pre-render itself), true from then on and on
 * every page drawn in the browser: what depends on the URL's query, which the pre-render never saw, waits
 * for it so hydration matches the HTML. The switch is a transition: React renders it in slices between the
 * browser's own tasks, where a store whose server snapshot differs (useSyncExternalStore) re-renders every
 * reader at once, in one synchronous task, right after the page's effects; and a part it brings that is not
 * ready (a lazy component) leaves the page as it is until it is, never a fallback in its place.
 */
export function useHydrated(): boolean {
  const hydrating = useHydrating();
  const [hydrated, setHydrated] = useState(!hydrating);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}

/**
 * A store's value, as useSyncExternalStore gives it, except that on a page being hydrated it keeps the
 * pre-render's value (`getServerSnapshot`) until useHydrated turns, so the switch to what the browser knows
 * is rendered in that transition too, not in a synchronous re-render of its own. Later changes of the store
 * reach the component as useSyncExternalStore's do.
 */
export function useHydratedStore<T>(subscribe: (listener: () => void) => () => void, getSnapshot: () => T, getServerSnapshot: () => T): T {
  const hydrated = useHydrated();
  return useSyncExternalStore(subscribe, hydrated ? getSnapshot : getServerSnapshot, getServerSnapshot);
}
