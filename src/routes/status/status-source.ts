import { createContext, useContext, useSyncExternalStore } from 'react';
import type { QuestionRecord } from '../../progress/question-status';

/** What every status on a page is computed from: each answered question's record, and the flagged ids. */
export interface StatusSource {
  records: ReadonlyMap<string, QuestionRecord>;
  flagged: ReadonlySet<string>;
}

/** Nothing answered, nothing flagged: the source of a browser with no saved progress. */
export const EMPTY_SOURCE: StatusSource = { records: new Map(), flagged: new Set() };

/** Holds the page's status source (null while it is not known) and tells its readers when it changes. */
export interface StatusStore {
  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /** The source now. */
  get: () => StatusSource | null;
  /** Replaces the source, telling the readers if it is another one. */
  set: (source: StatusSource | null) => void;
}

/** A store holding `initial` until it is set. */
export function createStatusStore(initial: StatusSource | null = null): StatusStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => current,
    set: (source) => {
      if (source === current) return;
      current = source;
      for (const listener of listeners) listener();
    },
  };
}

/**
 * The page's status store. The context holds a store that never changes, not the source itself: a changed
 * context value reaches every part of the page still waiting to hydrate (src/ui/hydrate-on-view.tsx), and
 * React then throws away that part's pre-rendered HTML and draws it again.
 */
export const StatusSourceContext = createContext<StatusStore>(createStatusStore());

/** The status source, or null while it is not known (statuses then keep their empty, fixed-width slots). */
export function useStatusSource(): StatusSource | null {
  const store = useContext(StatusSourceContext);
  // null in the pre-render and while hydrating, which cannot know saved progress.
  return useSyncExternalStore(store.subscribe, store.get, () => null);
}
