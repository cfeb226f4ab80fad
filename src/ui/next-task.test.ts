import { inLaterTask, nextFrame } from './next-task';

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
