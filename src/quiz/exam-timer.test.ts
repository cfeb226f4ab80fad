import { examMinutes, examQuestionCount, formatClock, isExpired, remainingMs } from './exam-timer';

describe('examQuestionCount', () => {
  test.each([
    [272, 65],
    [65, 65],
    [10, 10],
    [0, 0],
  ])('%i available → %i asked', (available, expected) => {
    expect(examQuestionCount(available)).toBe(expected);
  });

  test('uses the configured length', () => {
    expect(examQuestionCount(100, { examQuestions: 20, examMinutes: 60, passMark: 750 })).toBe(20);
  });
});

describe('examMinutes', () => {
  test.each([
    [65, 180],
    [100, 180],
    [10, 28],
    [13, 36],
    [1, 3],
    [0, 1],
  ])('%i questions → %i minutes', (questions, minutes) => {
    expect(examMinutes(questions)).toBe(minutes);
  });

  test('falls back to the defaults for nonsense settings', () => {
    expect(examMinutes(65, { examQuestions: 0, examMinutes: Number.NaN, passMark: 750 })).toBe(180);
  });
});

describe('remaining time', () => {
  const deadline = '2026-01-01T03:00:00.000Z';
  const start = Date.parse('2026-01-01T00:00:00.000Z');

  test.each([
    [start, 3 * 3600_000, false],
    [start + 3600_000, 2 * 3600_000, false],
    [Date.parse(deadline), 0, true],
    [Date.parse(deadline) + 5000, 0, true],
  ])('at %i: %i ms left, expired %s', (now, left, expired) => {
    expect(remainingMs(deadline, now)).toBe(left);
    expect(isExpired(deadline, now)).toBe(expired);
  });

  test('an unreadable deadline counts as expired', () => {
    expect(isExpired('not a date', start)).toBe(true);
  });
});

describe('formatClock', () => {
  test.each([
    [3 * 3600_000, '3:00:00'],
    [3599_000, '59:59'],
    [61_000, '1:01'],
    [500, '0:01'],
    [0, '0:00'],
    [-5, '0:00'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});
