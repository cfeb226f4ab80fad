import { localDate } from '../../quiz/schedule-days';
import { summarizeReview } from './review-summary';

const noon = new Date(2026, 2, 1, 12).getTime();
const at = (time: number) => new Date(time).toISOString();
const attempt = (questionId: string, noteSlug: string, correct: boolean, time = noon) =>
  ({ id: `${questionId}-${time}`, questionId, noteSlug, at: at(time), correct, seconds: 20 });

describe('summarizeReview', () => {
  test('a wrong answer is due today, a right one is forecast for a later day', () => {
    const summary = summarizeReview([attempt('q1', 'kms', false), attempt('q2', 'kms', true)], new Set(['kms']), noon + 60_000);
    expect(summary.answered).toBe(2);
    expect(summary.due).toEqual(['q1']);
    expect(summary.next).toBeNull();
    expect(summary.forecast).toHaveLength(30);
    expect(summary.forecast[0]).toEqual({ date: localDate(noon), count: 1 });
    expect(summary.forecast.reduce((sum, day) => sum + day.count, 0)).toBe(2);
  });

  test('nothing due: names the next day with something due', () => {
    const summary = summarizeReview([attempt('q2', 'kms', true)], new Set(['kms']), noon);
    expect(summary.due).toEqual([]);
    expect(summary.next?.count).toBe(1);
    expect(summary.next!.date > localDate(noon)).toBe(true);
  });

  test('answers of notes gone from the vault are left out', () => {
    const summary = summarizeReview([attempt('q1', 'gone', false)], new Set(['kms']), noon);
    expect(summary).toMatchObject({ answered: 0, due: [], next: null });
  });
});
