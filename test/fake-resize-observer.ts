/** What a test tells the stubbed observer: a size report of the elements it names, as the browser would give. */
export interface FakeSizes {
  /** Reports the sizes of `targets` (every element watched, by default) in one call, as after a layout. */
  report: (targets?: readonly Element[]) => void;
}

/**
 * Replaces ResizeObserver (which jsdom lacks) with one the test drives by hand. Undo with
 * `vi.unstubAllGlobals()`.
 */
export function stubResizeObserver(): FakeSizes {
  const observers = new Set<{ callback: ResizeObserverCallback; targets: Set<Element>; self: ResizeObserver }>();
  vi.stubGlobal('ResizeObserver', class {
    constructor(callback: ResizeObserverCallback) {
      observers.add({ callback, targets: new Set(), self: this as unknown as ResizeObserver });
    }
    private own() {
      return [...observers].find((observer) => observer.self === (this as unknown as ResizeObserver));
    }
    observe(target: Element) {
      this.own()?.targets.add(target);
    }
    unobserve(target: Element) {
      this.own()?.targets.delete(target);
    }
    disconnect() {
      this.own()?.targets.clear();
    }
  });
  return {
    report: (targets) => {
      for (const { callback, targets: watched, self } of observers) {
        const reported = [...watched].filter((target) => !targets || targets.includes(target));
        if (reported.length > 0) callback(reported.map((target) => ({ target }) as ResizeObserverEntry), self);
      }
    },
  };
}
