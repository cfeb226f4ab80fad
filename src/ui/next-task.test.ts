import { afterNextFrame, inLaterTask, nextFrame } from './next-task';

describe('inLaterTask', () => {
  test('runs the work only once the later task has come, never in the calling task or its microtasks', async () => {
    let come: () => void = () => undefined;
    const later = () => new Promise<void>((resolve) => (come = resolve));
    const work = vi.fn(() => 'done');
    const result = inLaterTask(work, later);
    await Promise.resolve();
    await Promise.resolve();
    expect(work).not.toHaveBeenCalled();
    come();
    expect(await result).toBe('done');
    expect(work).toHaveBeenCalledTimes(1);
  });

  test('by default the later task is a real one: a zero timeout queued before it runs first', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    await inLaterTask(() => order.push('work'));
    expect(order).toEqual(['queued task', 'work']);
  });
});

describe('nextFrame', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('resolves when the browser\'s next frame comes, not before', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    let resolved = false;
    const frame = nextFrame().then(() => (resolved = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(resolved).toBe(false);
    frames.shift()!();
    await frame;
    expect(resolved).toBe(true);
  });
});

describe('afterNextFrame', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  function stubFrames() {
    const frames = new Map<number, () => void>();
    let last = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
      last += 1;
      frames.set(last, callback);
      return last;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
    const drawFrame = () => {
      const waiting = [...frames.values()];
      frames.clear();
      for (const callback of waiting) callback();
    };
    return drawFrame;
  }

  test('runs the work in the task after the next frame, not in the frame itself nor before it', () => {
    vi.useFakeTimers();
    const drawFrame = stubFrames();
    const work = vi.fn();
    afterNextFrame(work);
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
    drawFrame();
    expect(work).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });

  test('cancelled before the frame or between the frame and its task, the work never runs', () => {
    vi.useFakeTimers();
    const drawFrame = stubFrames();
    const beforeFrame = vi.fn();
    const afterFrame = vi.fn();
    const cancelBefore = afterNextFrame(beforeFrame);
    const cancelAfter = afterNextFrame(afterFrame);
    cancelBefore();
    drawFrame();
    cancelAfter();
    vi.runAllTimers();
    expect(beforeFrame).not.toHaveBeenCalled();
    expect(afterFrame).not.toHaveBeenCalled();
  });

  test('where there are no frames it runs in a later task, and can be cancelled there too', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', undefined);
    const kept = vi.fn();
    const cancelled = vi.fn();
    afterNextFrame(kept);
    afterNextFrame(cancelled)();
    expect(kept).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
