import { percentage, resultsByTag, scaledScore, summarizeResults } from './results';

describe('scaledScore', () => {
  test.each([
    [0, 65, 100],
    [65, 65, 1000],
    [43, 65, 695],
    [47, 65, 751],
    [46, 65, 737],
    [1, 2, 550],
    [0, 0, 100],
    [70, 65, 1000],
  ])('%i of %i → %i', (correct, total, scaled) => {
    expect(scaledScore(correct, total)).toBe(scaled);
  });
});

describe('percentage', () => {
  test.each([
    [1, 3, 33],
    [2, 3, 67],
    [0, 0, 0],
  ])('%i of %i → %i%%', (correct, total, expected) => {
    expect(percentage(correct, total)).toBe(expected);
  });
});

describe('summarizeResults', () => {
  const outcomes = [
    { tags: ['service/kms', 'security/encryption'], correct: true },
    { tags: ['service/kms'], correct: false },
    { tags: ['service/s3'], correct: true },
    { tags: [], correct: false, unanswered: true },
  ];

  test('counts, scales and applies the pass mark', () => {
    const results = summarizeResults(outcomes);
    expect(results).toMatchObject({ correct: 2, total: 4, unanswered: 1, percentage: 50, scaled: 550 });
    expect(results.passed).toBe(false);
    expect(summarizeResults(outcomes, 500).passed).toBe(true);
  });

  test.each([
    [750, 750, true],
    [749, 750, false],
  ])('a scaled score of exactly the mark passes', (scaled, mark, passed) => {
    // 100 + 900 × share = scaled, so share = (scaled − 100) / 900; 900 questions make every score reachable.
    const correct = scaled - 100;
    const all = Array.from({ length: 900 }, (_, i) => ({ tags: [], correct: i < correct }));
    expect(summarizeResults(all, mark).passed).toBe(passed);
  });

  test('breaks the score down by tag', () => {
    expect(resultsByTag(outcomes)).toEqual({
      'security/encryption': { correct: 1, total: 1, percentage: 100 },
      'service/kms': { correct: 1, total: 2, percentage: 50 },
      'service/s3': { correct: 1, total: 1, percentage: 100 },
    });
  });

  test('no questions never pass', () => {
    expect(summarizeResults([], 100).passed).toBe(false);
  });
});
