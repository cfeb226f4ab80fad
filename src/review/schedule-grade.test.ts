import { Rating } from 'ts-fsrs';
import { gradeOf, isSlow, usualSeconds } from './schedule-grade';

describe('gradeOf', () => {
  test.each([
    ['wrong', { correct: false, seconds: 30 }, 30, Rating.Again],
    ['wrong and guessed', { correct: false, seconds: 30, guessed: true }, 30, Rating.Again],
    ['wrong and slow', { correct: false, seconds: 300 }, 30, Rating.Again],
    ['right', { correct: true, seconds: 30 }, 30, Rating.Good],
    ['right, guessed', { correct: true, seconds: 10, guessed: true }, 30, Rating.Hard],
    ['right, exactly twice the usual time', { correct: true, seconds: 60 }, 30, Rating.Good],
    ['right, more than twice the usual time', { correct: true, seconds: 61 }, 30, Rating.Hard],
    ['right and slow, usual time unknown', { correct: true, seconds: 600 }, null, Rating.Good],
    ['right, guessed: false', { correct: true, seconds: 30, guessed: false }, 30, Rating.Good],
  ])('%s', (_, attempt, usual, grade) => {
    expect(gradeOf(attempt, usual)).toBe(grade);
  });
});

describe('usualSeconds', () => {
  const timed = (...seconds: number[]) => seconds.map((s) => ({ seconds: s }));

  test.each([
    ['odd count: the middle value', timed(50, 10, 30, 20, 40), 30],
    ['even count: the mean of the middle two', timed(10, 20, 30, 40, 50, 60), 35],
    ['untimed answers (0 s) are ignored', timed(0, 0, 10, 20, 30, 40, 50), 30],
    ['fewer than five timed answers: unknown', timed(10, 20, 30, 40, 0, 0), null],
    ['no answers: unknown', [], null],
  ])('%s', (_, attempts, expected) => {
    expect(usualSeconds(attempts)).toBe(expected);
  });
});

describe('isSlow', () => {
  test.each([
    [61, 30, true],
    [60, 30, false],
    [1000, null, false],
  ])('%i s against a usual %s s: %s', (seconds, usual, slow) => {
    expect(isSlow(seconds, usual)).toBe(slow);
  });
});
