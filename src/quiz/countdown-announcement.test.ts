import { crossedMark } from './countdown-announcement';

describe('crossedMark', () => {
  test.each([
    [10 * 60_000 + 500, 10 * 60_000 - 500, 10],
    [10 * 60_000 + 1, 10 * 60_000, 10],
    [10 * 60_000, 10 * 60_000 - 1000, null],
    [65_000, 59_000, 1],
    [20 * 60_000, 30_000, 1],
    [59_000, 58_000, null],
    [30 * 60_000, 29 * 60_000, null],
  ])('%i → %i ms: %s', (previous, remaining, mark) => {
    expect(crossedMark(previous, remaining)).toBe(mark);
  });
});
