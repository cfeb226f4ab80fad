// @vitest-environment jsdom
import { stubResizeObserver } from '../../test/fake-resize-observer';

// The module keeps one observer: each test gets a fresh module under a fresh stub.
async function fresh() {
  vi.resetModules();
  const sizes = stubResizeObserver();
  const { watchSize } = await import('./size-watch');
  return { sizes, watchSize };
}

afterEach(() => vi.unstubAllGlobals());

describe('watchSize', () => {
  test('reads nothing when it starts watching: only a report of the browser reads', async () => {
    const { sizes, watchSize } = await fresh();
    const read = vi.fn(() => undefined);
    watchSize([document.createElement('div')], read);
    expect(read).not.toHaveBeenCalled();
    sizes.report();
    expect(read).toHaveBeenCalledTimes(1);
  });

  test('every element of one report is read before any is drawn', async () => {
    const { sizes, watchSize } = await fresh();
    const log: string[] = [];
    const elements = ['a', 'b', 'c'].map((name) => Object.assign(document.createElement('div'), { id: name }));
    for (const element of elements) {
      watchSize([element], () => {
        log.push(`read ${element.id}`);
        return element.id === 'b' ? undefined : () => log.push(`draw ${element.id}`);
      });
    }
    sizes.report();
    expect(log).toEqual(['read a', 'read b', 'read c', 'draw a', 'draw c']);
  });

  test('one element watched twice over (a frame and its drawing) is read once per report', async () => {
    const { sizes, watchSize } = await fresh();
    const read = vi.fn(() => undefined);
    const frame = document.createElement('div');
    watchSize([frame, document.createElement('svg')], read);
    sizes.report();
    expect(read).toHaveBeenCalledTimes(1);
  });

  test('two watches of one element both read its reports', async () => {
    const { sizes, watchSize } = await fresh();
    const element = document.createElement('div');
    const first = vi.fn(() => undefined);
    const second = vi.fn(() => undefined);
    watchSize([element], first);
    watchSize([element], second);
    sizes.report();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  test('stopping one watch of an element leaves the other reading it', async () => {
    const { sizes, watchSize } = await fresh();
    const element = document.createElement('div');
    const first = vi.fn(() => undefined);
    const second = vi.fn(() => undefined);
    const stopFirst = watchSize([element], first);
    watchSize([element], second);
    stopFirst();
    sizes.report();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  test('one reader given to two watches is read by each until each stops', async () => {
    const { sizes, watchSize } = await fresh();
    const element = document.createElement('div');
    const read = vi.fn(() => undefined);
    const stopFirst = watchSize([element], read);
    const stopSecond = watchSize([element], read);
    sizes.report();
    expect(read).toHaveBeenCalledTimes(2);
    stopFirst();
    sizes.report();
    expect(read).toHaveBeenCalledTimes(3);
    stopSecond();
    sizes.report();
    expect(read).toHaveBeenCalledTimes(3);
  });

  test('stops reading an element once told to stop', async () => {
    const { sizes, watchSize } = await fresh();
    const read = vi.fn(() => undefined);
    const stop = watchSize([document.createElement('div')], read);
    stop();
    sizes.report();
    expect(read).not.toHaveBeenCalled();
  });
});
