import { afterFirstPaint, type PaintClock } from './after-first-paint';

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
