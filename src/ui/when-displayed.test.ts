import { whenDisplayed } from './when-displayed';

/**
 * A ResizeObserver whose reports the test makes: `report(width)` gives the element that width and tells the
 * page's observer (size-watch.ts, which makes one and keeps it) about every element it watches.
 */
function fakeObserver(element: { width: number }) {
  const live = new Set<Element>();
  let tell: (entries: { target: Element }[]) => void = () => {};
  class Observer {
    constructor(callback: (entries: { target: Element }[]) => void) {
      tell = callback;
    }
    observe(target: Element) {
      live.add(target);
    }
    unobserve(target: Element) {
      live.delete(target);
    }
  }
  vi.stubGlobal('ResizeObserver', Observer);
  return {
    report: (width: number) => {
      element.width = width;
      tell([...live].map((target) => ({ target })));
    },
    watching: () => live.size,
  };
}

function fakeElement() {
  const box = { width: 0 };
  const element = { getBoundingClientRect: () => ({ width: box.width }) } as unknown as Element;
  return { box, element };
}

afterEach(() => vi.unstubAllGlobals());

describe('whenDisplayed', () => {
  test('an element without a box (display: none) waits; the work runs once it has one, once, and the watch ends', () => {
    const { box, element } = fakeElement();
    const { report, watching } = fakeObserver(box);
    const work = vi.fn();
    whenDisplayed(element, work);
    report(0);
    expect(work).not.toHaveBeenCalled();
    report(320);
    report(400);
    expect(work).toHaveBeenCalledTimes(1);
    expect(watching()).toBe(0);
  });

  test('stopped before it has a box, the work never runs', () => {
    const { box, element } = fakeElement();
    const { report, watching } = fakeObserver(box);
    const work = vi.fn();
    const stop = whenDisplayed(element, work);
    stop();
    report(320);
    expect(work).not.toHaveBeenCalled();
    expect(watching()).toBe(0);
  });

  test('where the browser cannot tell, the work runs at once', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const work = vi.fn();
    whenDisplayed(fakeElement().element, work);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
