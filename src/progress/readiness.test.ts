import { estimateReadiness } from './readiness';
import type { StatsAttempt, StatsExam } from './stats';

const noon = Date.parse('2026-03-10T12:00:00.000Z');
const answers = (right: number, wrong: number, distinct = right + wrong): StatsAttempt[] =>
  Array.from({ length: right + wrong }, (_, i) => ({
    questionId: `q${i % distinct}`,
    noteSlug: 'kms',
    at: new Date(noon + i * 1000).toISOString(),
    correct: i < right,
  }));
const exam = (scaled: number, day: number): StatsExam => ({ id: `e${day}`, at: new Date(noon + day * 86_400_000).toISOString(), scaled, passed: scaled >= 750, correct: 0, total: 65 });

describe('estimateReadiness', () => {
  test.each([
    // accuracy 1, coverage 1 → share 1 → 1000
    ['everything answered, all right', answers(10, 0), [], 10, 1000],
    // accuracy 0.8, coverage 0.5 → 0.5·0.8 + 0.5·0.25 = 0.525 → 100 + 472.5 = 573
    ['half the vault at 80%', answers(8, 2), [], 20, 573],
    // practice 0.525, exams (550, 730, 910 → 0.5, 0.7, 0.9; 0.7) → 0.6125 → 651
    ['practice averaged with the last three exams', answers(8, 2), [exam(100, 0), exam(550, 1), exam(730, 2), exam(910, 3)], 20, 651],
    // no answers: the exams alone, 0.7 → 730
    ['exams only', [], [exam(550, 1), exam(730, 2), exam(910, 3)], 20, 730],
    // repeats count once for coverage: 10 answers of 5 questions, accuracy 0.5, coverage 0.5 → 0.375 → 438
    ['a question answered twice covers it once', answers(5, 5, 5), [], 10, 438],
  ])('%s', (_, attempts, exams, vault, scaled) => {
    expect(estimateReadiness(attempts, exams, vault, 750)?.scaled).toBe(scaled);
  });

  test('nothing to go on: no estimate', () => {
    expect(estimateReadiness([], [], 20, 750)).toBeNull();
  });

  test('only the last hundred answers count for accuracy', () => {
    const old = answers(0, 50).map((a) => ({ ...a, at: new Date(noon - 86_400_000).toISOString() }));
    const result = estimateReadiness([...old, ...answers(100, 0)], [], 100, 750);
    expect(result).toMatchObject({ accuracy: 1, coverage: 1, scaled: 1000, passed: true });
  });

  test('passes against the pass mark', () => {
    expect(estimateReadiness(answers(8, 2), [], 20, 573)?.passed).toBe(true);
    expect(estimateReadiness(answers(8, 2), [], 20, 574)?.passed).toBe(false);
  });
});
