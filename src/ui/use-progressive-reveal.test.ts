// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { useProgressiveReveal } from './use-progressive-reveal';

test.each([
  ['hidden draws nothing', [4, 4], false, 0],
  ['a short list shows whole at once', [4, 4], true, 2],
  ['a long list shows its first part at once', [4, 4, 4, 4, 4], true, 2],
])('%s', (_name, sizes, shown, expected) => {
  const { result } = renderHook(() => useProgressiveReveal(sizes, shown, 8, 4));
  expect(result.current).toBe(expected);
});

test('showing draws the first part in the same render, the rest a step per task, and hiding starts over', async () => {
  vi.useFakeTimers();
  const sizes = [4, 4, 4, 4, 4];
  const { result, rerender } = renderHook(({ shown }) => useProgressiveReveal(sizes, shown, 8, 4), { initialProps: { shown: false } });
  await act(async () => vi.runAllTimers());
  expect(result.current).toBe(0);
  rerender({ shown: true });
  expect(result.current).toBe(2);
  // One item (4 bytes) per later step: three steps after the first part, each its own task.
  const drawn: number[] = [];
  while (vi.getTimerCount() > 0) {
    await act(async () => vi.advanceTimersToNextTimer());
    drawn.push(result.current);
  }
  expect(drawn).toEqual([3, 4, 5]);
  rerender({ shown: false });
  expect(result.current).toBe(0);
  rerender({ shown: true });
  expect(result.current).toBe(2);
  vi.useRealTimers();
});
