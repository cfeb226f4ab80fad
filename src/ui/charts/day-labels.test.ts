import { formatDay, labelsColumn } from './day-labels';

describe('formatDay', () => {
  test.each([
    ['2026-03-01', 'en', { month: 'short', day: 'numeric' } as const, 'Mar 1'],
    ['2026-03-01', 'ko', { month: 'short', day: 'numeric' } as const, '3월 1일'],
    ['not-a-date', 'en', { month: 'short' } as const, 'not-a-date'],
  ])('%s in %s', (date, language, options, text) => {
    expect(formatDay(date, language, options)).toBe(text);
  });
});

describe('labelsColumn', () => {
  test('labels every column of a week', () => {
    expect(Array.from({ length: 7 }, (_, i) => labelsColumn(i, 7)).every(Boolean)).toBe(true);
  });

  test('labels the last column and about six in all of a month, never two side by side', () => {
    const labelled = Array.from({ length: 30 }, (_, i) => i).filter((i) => labelsColumn(i, 30));
    expect(labelled).toEqual([0, 5, 10, 15, 20, 29]);
  });
});
