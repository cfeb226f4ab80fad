import { useEffect, useState } from 'react';

/**
 * The index after the items that fit in `budget` bytes from `from` on (at least one item, so every step
 * draws something): how far one step of progressive drawing goes.
 */
export function countWithin(sizes: readonly number[], from: number, budget: number): number {
  let end = from;
  let used = 0;
  while (end < sizes.length && (end === from || used + (sizes[end] ?? 0) <= budget)) {
    used += sizes[end] ?? 0;
    end += 1;
  }
  return end;
}

/**
 * How many of the items (of `sizes` bytes) to draw while `shown`: as many as fit `firstBytes` in the very
 * render that shows them (so a short list appears whole, at once), then `stepBytes` more in each later task,
 * so showing a huge list keeps each task small. Hiding starts over; `shown` true from the start draws a list
 * that comes with the page the same way.
 */
export function useProgressiveReveal(sizes: readonly number[], shown: boolean, firstBytes: number, stepBytes: number): number {
  const [state, setState] = useState(() => ({ shown, count: shown ? countWithin(sizes, 0, firstBytes) : 0 }));
  let current = state;
  if (state.shown !== shown) {
    // Derived from a prop change during render, so the first part is drawn in the same commit as the action.
    current = { shown, count: shown ? countWithin(sizes, 0, firstBytes) : 0 };
    setState(current);
  }
  useEffect(() => {
    if (!current.shown || current.count >= sizes.length) return;
    const timer = setTimeout(() => setState((last) => ({ ...last, count: countWithin(sizes, last.count, stepBytes) })), 0);
    return () => clearTimeout(timer);
  }, [current.shown, current.count, sizes, stepBytes]);
  return current.shown ? Math.min(current.count, sizes.length) : 0;
}
