import { startTransition, useCallback, useEffect, useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const nothing = () => undefined;
const always = () => true;
const never = () => false;

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
  return useHydratedStore(subscribe, always, never);
}

/**
 * A store's value, as useSyncExternalStore gives it, except that a component being hydrated reads the
 * pre-render's value (`getServerSnapshot`) until its effects run, and only then the store: should that differ,
 * the component renders it in a transition, not in the synchronous re-render useSyncExternalStore forces right
 * after hydrating; and where it does not (a first visit), it is not drawn again at all. Later changes of the
 * store reach the component as useSyncExternalStore's do. Pass functions that keep their identity.
 */
export function useHydratedStore<T>(subscribe: (listener: () => void) => () => void, getSnapshot: () => T, getServerSnapshot: () => T): T {
  const hydrating = useHydrating();
  const [settled] = useState(() => ({ current: !hydrating }));
  const read = useCallback(() => (settled.current ? getSnapshot() : getServerSnapshot()), [settled, getSnapshot, getServerSnapshot]);
  const value = useSyncExternalStore(subscribe, read, getServerSnapshot);
  const [, redraw] = useState(0);
  useEffect(() => {
    if (settled.current) return;
    settled.current = true;
    if (!Object.is(read(), value)) startTransition(() => redraw((n) => n + 1));
  }, [settled, read, value]);
  return value;
}
