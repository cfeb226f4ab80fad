import { afterContentfulPaint, afterFirstPaint, type ContentfulPaintClock, type PaintClock } from './after-first-paint';

/** A clock whose frame and task queues a test runs by hand. */
function fakeClock(visibilityState: DocumentVisibilityState) {
  const frames: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  const clock: PaintClock = {
    document: { visibilityState },
    requestAnimationFrame: (callback) => frames.push(callback),
    setTimeout: (callback) => tasks.push(callback),
  };
  const run = (queue: (() => void)[]) => queue.splice(0).forEach((callback) => callback());
  return { clock, paint: () => run(frames), runTasks: () => run(tasks) };
}

describe('afterFirstPaint', () => {
  test('a visible page runs the work in the task after its next paint, not before', () => {
    const { clock, paint, runTasks } = fakeClock('visible');
    const work = vi.fn();
    afterFirstPaint(work, clock);
    runTasks();
    expect(work).not.toHaveBeenCalled();
    paint();
    expect(work).not.toHaveBeenCalled();
    runTasks();
    expect(work).toHaveBeenCalledTimes(1);
  });

  test('a hidden tab, which paints nothing, runs the work at once', () => {
    const { clock } = fakeClock('hidden');
    const work = vi.fn();
    afterFirstPaint(work, clock);
    expect(work).toHaveBeenCalledTimes(1);
  });
});

/** A clock whose browser reports paints (Paint Timing) when a test says so. */
function fakePaintTiming(options: { visibilityState?: DocumentVisibilityState; paintTiming?: boolean; pendingLanguage?: boolean } = {}) {
  const { clock: frameClock, paint, runTasks } = fakeClock(options.visibilityState ?? 'visible');
  const observers: { callback: (list: { getEntriesByName: (name: string) => string[] }) => void; connected: boolean }[] = [];
  const reported: string[] = [];
  const deliver = () => observers.filter((o) => o.connected).forEach((o) => o.callback({ getEntriesByName: (name) => reported.filter((n) => n === name) }));
  class Observer {
    static supportedEntryTypes = options.paintTiming === false ? ['resource'] : ['paint', 'resource'];
    private entry: (typeof observers)[number];
    constructor(callback: (typeof observers)[number]['callback']) {
      this.entry = { callback, connected: false };
      observers.push(this.entry);
    }
    observe() {
      this.entry.connected = true;
      if (reported.length > 0) deliver();
    }
    disconnect() {
      this.entry.connected = false;
    }
  }
  const clock: ContentfulPaintClock = {
    ...frameClock,
    document: { ...frameClock.document, documentElement: { dataset: options.pendingLanguage ? { pendingLanguage: 'ko' } : {} } },
    PerformanceObserver: Observer,
  };
  return { clock, paint, runTasks, report: (name: string) => { reported.push(name); deliver(); } };
}

describe('afterContentfulPaint', () => {
  test('runs the work once the first contentful paint is reported, not after a first paint with nothing in it, nor twice', () => {
    const { clock, paint, runTasks, report } = fakePaintTiming();
    const work = vi.fn();
    afterContentfulPaint(work, clock);
    paint();
    runTasks();
    report('first-paint');
    expect(work).not.toHaveBeenCalled();
    report('first-contentful-paint');
    report('first-contentful-paint');
    expect(work).toHaveBeenCalledTimes(1);
  });

  test('a contentful paint reported before it was asked for counts', () => {
    const { clock, report } = fakePaintTiming();
    report('first-contentful-paint');
    const work = vi.fn();
    afterContentfulPaint(work, clock);
    expect(work).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['a page hidden until the app draws it in the reader\'s language', { pendingLanguage: true }],
    ['a browser without Paint Timing', { paintTiming: false }],
  ])('%s runs the work after the next paint', (_, options) => {
    const { clock, paint, runTasks } = fakePaintTiming(options);
    const work = vi.fn();
    afterContentfulPaint(work, clock);
    runTasks();
    expect(work).not.toHaveBeenCalled();
    paint();
    runTasks();
    expect(work).toHaveBeenCalledTimes(1);
  });

  test('a hidden tab runs the work at once', () => {
    const { clock } = fakePaintTiming({ visibilityState: 'hidden' });
    const work = vi.fn();
    afterContentfulPaint(work, clock);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
