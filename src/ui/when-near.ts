/**
 * Calls `onNear` once, the first time `element` comes within `margin` (a CSS rootMargin) of the viewport, and
 * then stops watching; where the browser has no IntersectionObserver it calls it at once, so nothing waits
 * forever. Returns the function that stops watching early (an unmount).
 */
export function whenNear(element: Element, margin: string, onNear: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onNear();
    return () => {};
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    onNear();
  }, { rootMargin: margin });
  observer.observe(element);
  return () => observer.disconnect();
}
