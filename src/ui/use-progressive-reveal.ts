import { useEffect, useState } from 'react';
import { countWithin } from './use-progressive-count';

/**
 * How many of the items (of `sizes` bytes) to draw while `shown`: as many as fit `firstBytes` in the very
 * render that shows them (so a short list appears whole, at once), then `stepBytes` more in each later task,
 * so showing a huge list keeps each task small. Hiding starts over. Like useProgressiveCount, for content
 * that appears on an action (an answer's explanations) rather than with the page.
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
