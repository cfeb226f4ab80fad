import { whenDisplayed, type BoxObserver } from './when-displayed';

/** A ResizeObserver whose reports the test makes: `report(width)` tells each watcher its element's width. */
function fakeObserver() {
  const live = new Set<(width: number) => void>();
  const Observer: BoxObserver = class {
    private readonly tell: (width: number) => void;
    constructor(callback: (entries: readonly { contentRect: { width: number } }[]) => void) {
      this.tell = (width) => callback([{ contentRect: { width } }]);
    }
    observe() {
      live.add(this.tell);
    }
    disconnect() {
      live.delete(this.tell);
    }
  };
  return { Observer, report: (width: number) => [...live].forEach((tell) => tell(width)), watching: () => live.size };
}

const element = {} as Element;

describe('whenDisplayed', () => {
  test('an element without a box (display: none) waits; the work runs once it has one, once, and the watch ends', () => {
    const { Observer, report, watching } = fakeObserver();
    const work = vi.fn();
    whenDisplayed(element, work, Observer);
    report(0);
    expect(work).not.toHaveBeenCalled();
    report(320);
    report(400);
    expect(work).toHaveBeenCalledTimes(1);
    expect(watching()).toBe(0);
  });

  test('stopped before it has a box, the work never runs', () => {
    const { Observer, report, watching } = fakeObserver();
    const work = vi.fn();
    const stop = whenDisplayed(element, work, Observer);
    stop();
    report(320);
    expect(work).not.toHaveBeenCalled();
    expect(watching()).toBe(0);
  });

  test('where the browser cannot tell, the work runs at once', () => {
    const work = vi.fn();
    whenDisplayed(element, work, undefined);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
