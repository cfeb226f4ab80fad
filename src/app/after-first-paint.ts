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
