import { use } from 'react';

/** A module fetched at most once, which a component can read at render time. */
export interface LoadOnce<M> {
  /** Starts the fetch (or returns the one under way); a loader awaits it so its page renders without waiting. */
  load: () => Promise<M>;
  /** The module, suspending the calling component until it has arrived (call it only while rendering). */
  read: () => M;
}

/**
 * Wraps a dynamic import so that a page loads a part's code only when it shows that part: once loaded, the
 * module is handed over synchronously, so a pre-render or a page whose loader awaited `load` never suspends.
 */
export function loadOnce<M>(importer: () => Promise<M>): LoadOnce<M> {
  let loading: Promise<M> | null = null;
  let loaded: M | null = null;
  const load = () => (loading ??= importer().then((module) => (loaded = module)));
  return { load, read: () => loaded ?? use(load()) };
}
