import { useSyncExternalStore } from 'react';

/**
 * A value a context hands to the page as something to subscribe to, not as the value itself. The context's
 * value then never changes: a changed context value reaches every part of the page still waiting to hydrate
 * (src/ui/hydrate-on-view.tsx), and React throws away that part's pre-rendered HTML and draws it again.
 */
export interface ValueSource<T> {
  /** Calls `listener` whenever the value may have changed; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /** The value now, or null while it is not known. */
  get: () => T | null;
}

/** A {@link ValueSource} its owner sets. */
export interface ValueStore<T> extends ValueSource<T> {
  /** Replaces the value, telling the readers if it is another one. */
  set: (value: T | null) => void;
}

/** A store holding `initial` until it is set. */
export function createValueStore<T>(initial: T | null = null): ValueStore<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => current,
    set: (value) => {
      if (value === current) return;
      current = value;
      for (const listener of listeners) listener();
    },
  };
}

/** The source's value in a component: null in the pre-render and while hydrating, which cannot know it. */
export function useSourceValue<T>(source: ValueSource<T>): T | null {
  return useSyncExternalStore(source.subscribe, source.get, () => null);
}
