import { flushSync } from 'react-dom';

/** What a watched element does when its size is reported: reads what it needs, returns how to draw it, if at all. */
export type SizeReader = () => (() => void) | undefined;

/** One call of watchSize: its reader, read once per report however many of its elements the report names. */
interface Watch {
  read: SizeReader;
}

// The watches of each element: an element can have more than one (two components watching one box).
const watches = new Map<Element, Set<Watch>>();
let observer: ResizeObserver | null = null;

/**
 * Calls `read` when the browser reports a size of one of `elements`: after its own layout, never in React's
 * commit, where reading a size lays out the whole page inside the app's task. Every element reported at once
 * is read before any is drawn, for a drawing between two reads would make the next one lay the page out again;
 * the drawings are flushed before the browser paints. One ResizeObserver serves every element. Returns the
 * function that stops watching.
 */
export function watchSize(elements: readonly Element[], read: SizeReader): () => void {
  if (typeof ResizeObserver === 'undefined') {
    read()?.();
    return () => {};
  }
  observer ??= new ResizeObserver((entries) => {
    const reported = new Set<Watch>();
    for (const entry of entries) for (const watch of watches.get(entry.target) ?? []) reported.add(watch);
    const drawings = [...reported].map((watch) => watch.read());
    if (drawings.some(Boolean)) flushSync(() => drawings.forEach((drawing) => drawing?.()));
  });
  const watching = observer;
  const watch: Watch = { read };
  for (const element of elements) {
    const own = watches.get(element) ?? new Set();
    own.add(watch);
    watches.set(element, own);
    // Observed again even when watched already: the browser then reports its size anew, which this watch's
    // first read needs (an element whose size does not change is not reported again).
    watching.observe(element);
  }
  return () => {
    for (const element of elements) {
      const own = watches.get(element);
      if (!own?.delete(watch) || own.size > 0) continue;
      watches.delete(element);
      watching.unobserve(element);
    }
  };
}
