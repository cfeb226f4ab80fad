/** The part of ResizeObserver that waiting for a box uses, so tests can pass a fake. */
export type BoxObserver = new (callback: (entries: readonly { contentRect: { width: number } }[]) => void) => {
  observe: (target: Element) => void;
  disconnect: () => void;
};

/**
 * Calls `work` once, when `element` is first given a box (it is drawn: neither it nor an ancestor has
 * `display: none`), and returns a stop that cancels the wait. The box is learnt from a ResizeObserver, which
 * reports after the browser's own layout, so waiting forces none; where there is no ResizeObserver the work runs
 * at once. A block that is drawn has a width, even empty.
 */
export function whenDisplayed(element: Element, work: () => void, Observer: BoxObserver | undefined = globalThis.ResizeObserver): () => void {
  if (typeof Observer !== 'function') {
    work();
    return () => {};
  }
  let done = false;
  const observer = new Observer((entries) => {
    if (done || !entries.some((entry) => entry.contentRect.width > 0)) return;
    done = true;
    observer.disconnect();
    work();
  });
  observer.observe(element);
  return () => {
    done = true;
    observer.disconnect();
  };
}
