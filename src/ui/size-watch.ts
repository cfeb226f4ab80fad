import { flushSync } from 'react-dom';

/** What a watched element does when its size is reported: reads what it needs, returns how to draw it, if at all. */
export type SizeReader = () => (() => void) | undefined;

const readers = new Map<Element, SizeReader>();
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
    const drawings = [...new Set(entries.map((entry) => readers.get(entry.target)))].map((reader) => reader?.());
    if (drawings.some(Boolean)) flushSync(() => drawings.forEach((drawing) => drawing?.()));
  });
  const watching = observer;
  for (const element of elements) {
    readers.set(element, read);
    watching.observe(element);
  }
  return () => {
    for (const element of elements) {
      readers.delete(element);
      watching.unobserve(element);
    }
  };
}
