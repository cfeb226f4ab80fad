/**
 * The later parts of a long note that the app fetched itself, each with its own readers: an arrival tells
 * only the readers of the parts that arrived, so its cost follows the part's size, never how many parts the
 * note has or how many are already drawn.
 */
export interface PartStore {
  /** Calls `listener` when part `index` arrives; returns the unsubscribe. */
  subscribe: (index: number, listener: () => void) => () => void;
  /** Part `index`'s HTML once it has arrived, else undefined. */
  get: (index: number) => string | undefined;
  /** Whether any part has arrived. */
  hasAny: () => boolean;
  /** Keeps the parts of `batch` and tells their readers, and theirs alone. */
  add: (batch: ReadonlyMap<number, string>) => void;
}

/** An empty {@link PartStore}, one per note drawn. */
export function createPartStore(): PartStore {
  const parts = new Map<number, string>();
  const listeners = new Map<number, Set<() => void>>();
  return {
    subscribe: (index, listener) => {
      const own = listeners.get(index) ?? new Set();
      listeners.set(index, own.add(listener));
      return () => {
        own.delete(listener);
        if (own.size === 0) listeners.delete(index);
      };
    },
    get: (index) => parts.get(index),
    hasAny: () => parts.size > 0,
    add: (batch) => {
      for (const [index, html] of batch) parts.set(index, html);
      for (const index of batch.keys()) for (const listener of [...(listeners.get(index) ?? [])]) listener();
    },
  };
}
