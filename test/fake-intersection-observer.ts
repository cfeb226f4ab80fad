/** What a test tells the stubbed observer: whether the element it watched last is near the view. */
export interface FakeView {
  /** Reports `near` for the element watched last; does nothing while nothing is watched. */
  tell: (near: boolean) => void;
}

/**
 * Replaces IntersectionObserver (which jsdom lacks) with one the test drives by hand, as the shared observer of
 * src/ui/when-near.ts sees it. Undo with `vi.unstubAllGlobals()`.
 */
export function stubIntersectionObserver(): FakeView {
  let report: ((near: boolean) => void) | null = null;
  vi.stubGlobal('IntersectionObserver', class {
    callback;
    constructor(callback: (entries: { isIntersecting: boolean; target: Element }[]) => void) {
      this.callback = callback;
    }
    observe(target: Element) {
      report = (near) => this.callback([{ isIntersecting: near, target }]);
    }
    unobserve() {}
    disconnect() {}
  });
  return { tell: (near) => report?.(near) };
}
