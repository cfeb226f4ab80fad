/** The part of `window` that waiting for a paint uses, so tests can pass a fake. */
export interface PaintClock {
  document: { visibilityState: DocumentVisibilityState };
  requestAnimationFrame: (callback: () => void) => unknown;
  setTimeout: (callback: () => void, ms?: number) => unknown;
}

/**
 * Runs `work` once the browser has painted the page: a frame callback runs just before a paint, and a
 * task queued from it runs just after. A hidden tab paints nothing (frame callbacks wait until it is
 * shown), so there the work runs at once rather than waiting for the reader to switch tabs.
 */
export function afterFirstPaint(work: () => void, clock: PaintClock = window): void {
  if (clock.document.visibilityState !== 'visible') {
    work();
    return;
  }
  clock.requestAnimationFrame(() => clock.setTimeout(work, 0));
}

/** What waiting for the first contentful paint uses of `window`, so tests can pass a fake. */
export interface ContentfulPaintClock extends PaintClock {
  document: PaintClock['document'] & { documentElement: { dataset: DOMStringMap } };
  PerformanceObserver?: {
    readonly supportedEntryTypes?: readonly string[];
    new (callback: (list: { getEntriesByName: (name: string) => readonly unknown[] }) => void): {
      observe: (options: { type: string; buffered: boolean }) => void;
      disconnect: () => void;
    };
  };
}

/**
 * Runs `work` once the browser reports the page's first contentful paint (Paint Timing), which is when
 * that frame is on screen: later than the task after the paint, which can still run before the frame is
 * shown. Where no contentful paint can come first (a page hidden until the app draws it in the reader's
 * language) or the browser has no Paint Timing, it runs after the next paint; in a hidden tab, at once.
 * Self-contained, as it is inlined into pages (src/build/defer-app-start.ts).
 */
export function afterContentfulPaint(work: () => void, clock: ContentfulPaintClock = window): void {
  const Observer = clock.PerformanceObserver;
  if (clock.document.visibilityState !== 'visible') {
    work();
    return;
  }
  if (!Observer?.supportedEntryTypes?.includes('paint') || clock.document.documentElement.dataset.pendingLanguage !== undefined) {
    clock.requestAnimationFrame(() => clock.setTimeout(work, 0));
    return;
  }
  const observer = new Observer((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    work();
  });
  observer.observe({ type: 'paint', buffered: true });
}
