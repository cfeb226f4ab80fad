import { localDate } from './schedule-days';
import { summarizeReview } from './review-summary';

const noon = new Date(2026, 2, 1, 12).getTime();
const at = (time: number) => new Date(time).toISOString();
const attempt = (questionId: string, noteSlug: string, correct: boolean, time = noon) =>
  ({ id: `${questionId}-${time}`, questionId, noteSlug, at: at(time), correct, seconds: 20 });

describe('summarizeReview', () => {
  test('a wrong answer is due today, a right one is forecast for a later day', () => {
    const summary = summarizeReview([attempt('q1', 'kms', false), attempt('q2', 'kms', true)], new Set(['q1', 'q2']), noon + 60_000);
    expect(summary.answered).toBe(2);
    expect(summary.due).toEqual(['q1']);
    expect(summary.next).toBeNull();
    expect(summary.forecast).toHaveLength(30);
    expect(summary.forecast[0]).toEqual({ date: localDate(noon), count: 1 });
    expect(summary.forecast.reduce((sum, day) => sum + day.count, 0)).toBe(2);
  });

  test('nothing due: names the next day with something due', () => {
    const summary = summarizeReview([attempt('q2', 'kms', true)], new Set(['q2']), noon);
    expect(summary.due).toEqual([]);
    expect(summary.next?.count).toBe(1);
    expect(summary.next!.date > localDate(noon)).toBe(true);
  });

  test('answers to questions gone from the vault are left out', () => {
    const summary = summarizeReview([attempt('q1', 'gone', false)], new Set(['q2']), noon);
    expect(summary).toMatchObject({ answered: 0, due: [], next: null });
  });

  test('a question whose note still exists but which the note no longer asks is never due', () => {
    // The stem was edited: the note is there, the old id is not; Review must not say "1 due" and open nothing.
    const summary = summarizeReview([attempt('old-id', 'kms', false), attempt('q2', 'kms', false)], new Set(['q2']), noon + 60_000);
    expect(summary.due).toEqual(['q2']);
  });
});
