import { median, percentile, timed } from './stats';

describe('percentile', () => {
  test.each([
    [[5], 0.5, 5],
    [[1, 2, 3, 4], 0.5, 2],
    [[4, 1, 3, 2, 5], 0.5, 3],
    [Array.from({ length: 100 }, (_, i) => 100 - i), 0.95, 95],
    [[1, 2, 3], 1, 3],
    [[1, 2, 3], 0, 1],
  ])('%j at %d is %d', (samples, p, expected) => {
    expect(percentile(samples, p)).toBe(expected);
  });

  test('no samples give NaN rather than a made-up number', () => {
    expect(median([])).toBeNaN();
  });
});

test('timed returns the value of the work', () => {
  expect(timed(() => 42).value).toBe(42);
});
