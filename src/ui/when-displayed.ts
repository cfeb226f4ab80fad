import { watchSize } from './size-watch';

/**
 * Calls `work` once, when `element` is first given a box (it is drawn: neither it nor an ancestor has
 * `display: none`), and returns a stop that cancels the wait. The box is learnt from the page's shared
 * ResizeObserver (watchSize), which reports after the browser's own layout, so waiting forces none; where there
 * is no ResizeObserver the work runs at once. A block that is drawn has a width, even empty.
 */
export function whenDisplayed(element: Element, work: () => void): () => void {
  // Without the observer there are no reports and no sizes to trust: watchSize reads once, at once.
  if (typeof ResizeObserver === 'undefined') {
    work();
    return () => {};
  }
  let done = false;
  let stopWatching = () => {};
  stopWatching = watchSize([element], () => {
    if (done || element.getBoundingClientRect().width === 0) return undefined;
    done = true;
    stopWatching();
    return work;
  });
  return () => {
    done = true;
    stopWatching();
  };
}
