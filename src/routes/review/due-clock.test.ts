// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { useDueCountOf } from './due-clock';

/** Local times, so midnight is the reader's own midnight whatever zone the tests run in. */
const local = (day: number, hours: number, minutes = 0) => new Date(2026, 2, day, hours, minutes).getTime();
const at = (time: number) => new Date(time).toISOString();
const live = new Set(['q1', 'q2']);

/** A right answer to q2 and, `wrongAt`, a wrong one to q1 (due a minute later). */
function attempts(rightAt: number, wrongAt?: number) {
  const right = { id: 'r', questionId: 'q2', at: at(rightAt), correct: true, seconds: 20 };
  return wrongAt === undefined ? [right] : [right, { id: 'w', questionId: 'q1', at: at(wrongAt), correct: false, seconds: 20 }];
}

/** When q2, answered right at `rightAt`, first counts as due: the day it falls due, found by walking the clock. */
function firstDueDay(rightAt: number): number {
  const { result, unmount } = renderHook(() => useDueCountOf(attempts(rightAt), live));
  let day = 0;
  while (result.current === 0 && day < 60) {
    act(() => vi.advanceTimersByTime(86_400_000));
    day += 1;
  }
  unmount();
  return day;
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('useDueCountOf', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => {
    vi.useRealTimers();
    setVisibility('visible');
  });

  test('a question falling due tomorrow is counted the moment the day starts, without a reload', () => {
    const answered = local(1, 9);
    vi.setSystemTime(answered);
    const days = firstDueDay(answered);
    expect(days).toBeGreaterThan(0);

    // Again, stopping a minute before that midnight and a minute after it.
    vi.setSystemTime(answered);
    const { result } = renderHook(() => useDueCountOf(attempts(answered), live));
    const midnight = new Date(2026, 2, 1 + days).setHours(0, 0, 0, 0);
    act(() => vi.advanceTimersByTime(midnight - 60_000 - answered));
    expect(result.current).toBe(0);
    act(() => vi.advanceTimersByTime(120_000));
    expect(result.current).toBe(1);
  });

  test('a wrong answer is due today at once, and counts stay right across several midnights', () => {
    vi.setSystemTime(local(1, 23, 58));
    const { result, rerender } = renderHook(({ list }) => useDueCountOf(list, live), { initialProps: { list: attempts(local(1, 9)) } });
    expect(result.current).toBe(0);
    rerender({ list: attempts(local(1, 9), local(1, 23, 58)) });
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(3 * 86_400_000));
    expect(result.current).toBeGreaterThanOrEqual(1);
  });

  test('showing the page again recounts at once, even when the midnight timer never fired', () => {
    const answered = local(1, 9);
    vi.setSystemTime(answered);
    const days = firstDueDay(answered);
    vi.setSystemTime(answered);
    const { result } = renderHook(() => useDueCountOf(attempts(answered), live));
    setVisibility('hidden');
    // The laptop slept: the clock jumped past the due day, no timer ran.
    vi.setSystemTime(new Date(2026, 2, 1 + days, 8).getTime());
    expect(result.current).toBe(0);
    act(() => setVisibility('visible'));
    expect(result.current).toBe(1);
  });

  test('answers to questions the vault no longer asks are never counted', () => {
    vi.setSystemTime(local(1, 12));
    const gone = [{ id: 'g', questionId: 'gone', at: at(local(1, 11)), correct: false, seconds: 20 }];
    const { result } = renderHook(() => useDueCountOf(gone, live));
    expect(result.current).toBe(0);
  });
});
