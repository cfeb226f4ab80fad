// @vitest-environment jsdom
import { whenNear } from './when-near';

type Entry = { isIntersecting: boolean; target: Element };
interface FakeObserver {
  callback: (entries: Entry[]) => void;
  margin: string;
  watched: Set<Element>;
  connected: boolean;
}
let observers: FakeObserver[] = [];
beforeEach(() => {
  observers = [];
  vi.stubGlobal('IntersectionObserver', class {
    state: FakeObserver;
    constructor(callback: (entries: Entry[]) => void, options: { rootMargin: string }) {
      this.state = { callback, margin: options.rootMargin, watched: new Set(), connected: true };
      observers.push(this.state);
    }
    observe(element: Element) {
      this.state.watched.add(element);
    }
    unobserve(element: Element) {
      this.state.watched.delete(element);
    }
    disconnect() {
      this.state.watched.clear();
      this.state.connected = false;
    }
  });
});
afterEach(() => vi.unstubAllGlobals());

/** Tells the observer watching `element` (as Chromium would) whether it is near. */
function report(element: Element, isIntersecting: boolean) {
  for (const observer of observers) if (observer.connected && observer.watched.has(element)) observer.callback([{ isIntersecting, target: element }]);
}

const elements = (count: number) => Array.from({ length: count }, () => document.createElement('div'));

describe('whenNear', () => {
  test.each([
    ['an entry that is not yet near', [false], 0, true],
    ['the first entry that comes near', [true], 1, false],
    ['entries that come near again after the first time', [true, true], 1, false],
  ])('calls back once for %s', (_name, batches, calls, stillWatching) => {
    const [element] = elements(1);
    const onNear = vi.fn();
    const stop = whenNear(element!, '10px', onNear);
    expect(observers[0]?.margin).toBe('10px');
    for (const near of batches) report(element!, near);
    expect(onNear).toHaveBeenCalledTimes(calls);
    expect(observers[0]?.watched.has(element!)).toBe(stillWatching);
    stop();
  });

  test.each([1, 10, 2500])('watches %i elements with one observer, and calls back only for the one near', (count) => {
    const watched = elements(count);
    const calls = watched.map(() => vi.fn());
    const stops = watched.map((element, i) => whenNear(element, '1500px 0px', calls[i]!));
    expect(observers).toHaveLength(1);
    expect(observers[0]?.watched.size).toBe(count);
    report(watched[count - 1]!, true);
    expect(calls.map((call) => call.mock.calls.length)).toEqual(watched.map((_, i) => (i === count - 1 ? 1 : 0)));
    expect(observers[0]?.watched.size).toBe(count - 1);
    for (const stop of stops) stop();
    // Nothing left to wait for: the observer is let go, and the next wait starts a new one.
    expect(observers[0]?.connected).toBe(false);
  });

  test('keeps one observer per margin', () => {
    const [a, b] = elements(2);
    const stops = [whenNear(a!, '0px', () => {}), whenNear(b!, '1500px 0px', () => {}), whenNear(b!, '0px', () => {})];
    expect(observers.map((observer) => [observer.margin, observer.watched.size])).toEqual([['0px', 2], ['1500px 0px', 1]]);
    for (const stop of stops) stop();
  });

  test('two waits for one element stop apart', () => {
    const [element] = elements(1);
    const [first, second] = [vi.fn(), vi.fn()];
    const stopFirst = whenNear(element!, '0px', first);
    const stopSecond = whenNear(element!, '0px', second);
    stopFirst();
    expect(observers[0]?.watched.has(element!)).toBe(true);
    report(element!, true);
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([0, 1]);
    stopSecond();
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
