import { localDate } from './schedule-days';
import { countDue, reviewedToday, summarizeReview } from './review-summary';

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

describe('countDue', () => {
  test.each([
    ['a wrong answer counts', [attempt('q1', 'kms', false)], ['q1'], 1],
    ['a right answer does not count today', [attempt('q1', 'kms', true)], ['q1'], 0],
    ['a question the vault no longer asks never counts', [attempt('old', 'kms', false), attempt('q2', 'kms', false)], ['q2'], 1],
    ['two answers to one question count once', [attempt('q1', 'kms', true, noon - 60_000), attempt('q1', 'kms', false)], ['q1'], 1],
  ])('%s, as Review offers it', (_, attempts, live, count) => {
    const liveIds = new Set(live);
    expect(countDue(attempts, liveIds, noon + 60_000)).toBe(count);
    expect(countDue(attempts, liveIds, noon + 60_000)).toBe(summarizeReview(attempts, liveIds, noon + 60_000).due.length);
  });
});

describe('reviewedToday', () => {
  const day = 86_400_000;
  test.each([
    ['a review today', [{ questionId: 'q1', at: at(noon - 3_600_000), mode: 'review' }], 1],
    ['two reviews of one question', [{ questionId: 'q1', at: at(noon - 60_000), mode: 'review' }, { questionId: 'q1', at: at(noon), mode: 'review' }], 1],
    ['a practice answer today', [{ questionId: 'q1', at: at(noon), mode: 'practice' }], 0],
    ['an exam answer today', [{ questionId: 'q1', at: at(noon), mode: 'exam' }], 0],
    ['a review yesterday', [{ questionId: 'q1', at: at(noon - day), mode: 'review' }], 0],
    ['an unreadable time', [{ questionId: 'q1', at: 'x', mode: 'review' }], 0],
  ])('%s counts %i', (_name, attempts, count) => {
    expect(reviewedToday(attempts, noon + 60_000)).toBe(count);
  });
});
