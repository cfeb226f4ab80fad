/** One IntersectionObserver per margin, and what each element it watches waits to call. */
interface Watcher {
  observer: IntersectionObserver;
  waiting: Map<Element, Set<() => void>>;
}

// Shared by every caller with the same margin: a long note has thousands of diagrams and questions waiting to
// come near, and an observer each (~2,500 at 20 MB) was that many intersection passes per frame.
const watchers = new Map<string, Watcher>();

function watcherFor(margin: string): Watcher {
  const known = watchers.get(margin);
  if (known) return known;
  const waiting = new Map<Element, Set<() => void>>();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const calls = entry.isIntersecting ? waiting.get(entry.target) : undefined;
      if (!calls) continue;
      forgetElement(margin, entry.target);
      for (const call of calls) call();
    }
  }, { rootMargin: margin });
  const watcher = { observer, waiting };
  watchers.set(margin, watcher);
  return watcher;
}

function forgetElement(margin: string, element: Element): void {
  const watcher = watchers.get(margin);
  if (!watcher?.waiting.delete(element)) return;
  watcher.observer.unobserve(element);
  // The last element gone, so is the observer: a page with nothing waiting keeps none.
  if (watcher.waiting.size > 0) return;
  watcher.observer.disconnect();
  watchers.delete(margin);
}

/**
 * Calls `onNear` once, the first time `element` comes within `margin` (a CSS rootMargin) of the viewport, and
 * then stops watching; where the browser has no IntersectionObserver it calls it at once, so nothing waits
 * forever. Every element watched with one margin shares one observer. Returns the function that stops
 * watching early (an unmount).
 */
export function whenNear(element: Element, margin: string, onNear: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onNear();
    return () => {};
  }
  const { observer, waiting } = watcherFor(margin);
  // A function of its own, so that two waits for one element stop apart.
  const call = () => onNear();
  const calls = waiting.get(element);
  if (calls) calls.add(call);
  else {
    waiting.set(element, new Set([call]));
    observer.observe(element);
  }
  return () => {
    const own = waiting.get(element);
    if (!own?.delete(call) || own.size > 0) return;
    forgetElement(margin, element);
  };
}
