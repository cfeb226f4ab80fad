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
 * How many of the items (of `sizes` bytes) to draw: the first `firstBytes` at once, which the pre-rendered
 * page holds too (so hydration matches), then `stepBytes` more in each later task. Each step is a task of
 * its own, so a click or a key press waits for one step at most, never for the whole list. Key the
 * component by what `sizes` describes: a new list starts over.
 */
export function useProgressiveCount(sizes: readonly number[], firstBytes: number, stepBytes: number): number {
  const [count, setCount] = useState(() => countWithin(sizes, 0, firstBytes));
  useEffect(() => {
    if (count >= sizes.length) return;
    const timer = setTimeout(() => setCount((shown) => countWithin(sizes, shown, stepBytes)), 0);
    return () => clearTimeout(timer);
  }, [count, sizes, stepBytes]);
  return Math.min(count, sizes.length);
}
