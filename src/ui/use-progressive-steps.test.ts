// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { countWithin, useProgressiveReveal } from './use-progressive-reveal';

test.each([
  ['nothing to draw', [], 0, 10, 0],
  ['items that fit the budget', [3, 3, 3, 3], 0, 7, 2],
  ['an item larger than the budget still draws alone', [50, 1], 0, 10, 1],
  ['a later step starts where the last stopped', [3, 3, 3, 3], 2, 7, 4],
  ['the end of the list', [3, 3], 2, 7, 2],
])('countWithin: %s', (_name, sizes, from, budget, expected) => {
  expect(countWithin(sizes, from, budget)).toBe(expected);
});

test('useProgressiveReveal, shown from the start, draws the first part at once and the rest a step per task', async () => {
  vi.useFakeTimers();
  const sizes = [4, 4, 4, 4, 4];
  const { result } = renderHook(() => useProgressiveReveal(sizes, true, 8, 4));
  expect(result.current).toBe(2);
  await act(async () => vi.advanceTimersToNextTimer());
  expect(result.current).toBe(3);
  // Each step's timer is set once the step before is drawn: step until nothing is left.
  for (let step = 0; step < 5; step += 1) await act(async () => vi.advanceTimersToNextTimer());
  expect(result.current).toBe(5);
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});
