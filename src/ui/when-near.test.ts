// @vitest-environment jsdom
import { whenNear } from './when-near';

type Entry = { isIntersecting: boolean };
let observers: { callback: (entries: Entry[]) => void; margin: string; watched: Element[]; connected: boolean }[] = [];
beforeEach(() => {
  observers = [];
  vi.stubGlobal('IntersectionObserver', class {
    state;
    constructor(callback: (entries: Entry[]) => void, options: { rootMargin: string }) {
      this.state = { callback, margin: options.rootMargin, watched: [] as Element[], connected: true };
      observers.push(this.state);
    }
    observe(element: Element) {
      this.state.watched.push(element);
    }
    disconnect() {
      this.state.connected = false;
    }
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('whenNear', () => {
  test.each([
    ['an entry that is not yet near', [[false]], 0, true],
    ['the first entry that comes near', [[true]], 1, false],
    ['a batch where one of several entries is near', [[false, true]], 1, false],
    ['entries that come near again after the first time', [[true], [true]], 1, false],
  ])('calls back once for %s', (_name, batches, calls, stillWatching) => {
    const element = document.createElement('div');
    const onNear = vi.fn();
    whenNear(element, '10px', onNear);
    const observer = observers[0]!;
    expect(observer.watched).toEqual([element]);
    expect(observer.margin).toBe('10px');
    for (const batch of batches) if (observer.connected) observer.callback(batch.map((isIntersecting) => ({ isIntersecting })));
    expect(onNear).toHaveBeenCalledTimes(calls);
    expect(observer.connected).toBe(stillWatching);
  });

  test('stops watching when asked, before anything came near', () => {
    const onNear = vi.fn();
    const stop = whenNear(document.createElement('div'), '0px', onNear);
    stop();
    expect(observers[0]!.connected).toBe(false);
    expect(onNear).not.toHaveBeenCalled();
  });

  test('calls back at once where the browser cannot observe', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const onNear = vi.fn();
    whenNear(document.createElement('div'), '0px', onNear);
    expect(onNear).toHaveBeenCalledTimes(1);
  });
});
