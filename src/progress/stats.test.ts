import { accuracyByTag, attemptsPerDay, examsInOrder, recentAccuracy, weakestTags, type StatsAttempt } from './stats';
import { localDate } from '../review/schedule-days';

const noon = new Date(2026, 2, 10, 12).getTime();
const hours = (n: number) => n * 3_600_000;
const at = (time: number) => new Date(time).toISOString();
const answer = (noteSlug: string, correct: boolean, time = noon, questionId = `${noteSlug}-q`): StatsAttempt => ({ questionId, noteSlug, at: at(time), correct });

const tagsOf = new Map([
  ['kms', ['service/kms', 'security/encryption']],
  ['s3', ['service/s3']],
]);

describe('accuracyByTag', () => {
  test('counts questions through the tags of their note, most answered first, notes gone skipped', () => {
    const attempts = [answer('kms', true, noon, 'k1'), answer('kms', false, noon, 'k2'), answer('kms', false, noon, 'k3'), answer('s3', true), answer('gone', true)];
    expect(accuracyByTag(attempts, tagsOf)).toEqual([
      { tag: 'security/encryption', correct: 1, total: 3, percentage: 33 },
      { tag: 'service/kms', correct: 1, total: 3, percentage: 33 },
      { tag: 'service/s3', correct: 1, total: 1, percentage: 100 },
    ]);
  });

  test.each([
    ['answered twice, wrong then right: one question, right', [[false, 0], [true, 1]], { correct: 1, total: 1 }],
    ['answered twice, right then wrong: one question, wrong', [[true, 0], [false, 1]], { correct: 0, total: 1 }],
    ['saved out of order: the later answer still wins', [[true, 2], [false, 1]], { correct: 1, total: 1 }],
    ['answered four times: still one question', [[false, 0], [false, 1], [false, 2], [false, 3]], { correct: 0, total: 1 }],
  ] as const)('%s', (_, answers, expected) => {
    const attempts = answers.map(([correct, hour]) => answer('s3', correct, noon + hours(hour)));
    expect(accuracyByTag(attempts, tagsOf)).toEqual([{ tag: 'service/s3', ...expected, percentage: expected.correct * 100 }]);
  });

  test('a tag of nine questions, each answered twice, counts nine', () => {
    const attempts = Array.from({ length: 9 }, (_, i) => [answer('s3', false, noon, `q${i}`), answer('s3', i < 3, noon + hours(1), `q${i}`)]).flat();
    expect(accuracyByTag(attempts, tagsOf)).toEqual([{ tag: 'service/s3', correct: 3, total: 9, percentage: 33 }]);
  });

  test('no answers, no tags', () => {
    expect(accuracyByTag([], tagsOf)).toEqual([]);
  });
});

describe('weakestTags', () => {
  const tag = (name: string, correct: number, total: number) => ({ tag: name, correct, total, percentage: Math.round((100 * correct) / total) });

  test.each([
    ['lowest accuracy first', [tag('a', 4, 5), tag('b', 1, 5), tag('c', 3, 6)], ['b', 'c', 'a']],
    ['tags answered fewer than five times are left out', [tag('a', 0, 4), tag('b', 4, 5)], ['b']],
    ['a tie goes to the more answered tag', [tag('a', 1, 5), tag('b', 2, 10)], ['b', 'a']],
    ['at most the limit', [tag('a', 0, 5), tag('b', 0, 6), tag('c', 0, 7)], ['c', 'b']],
  ])('%s', (_, byTag, expected) => {
    expect(weakestTags(byTag, 2).map((t) => t.tag)).toEqual(expected.slice(0, 2));
  });
});

describe('attemptsPerDay', () => {
  test('counts answers per local day, oldest first, empty days and only the window', () => {
    const attempts = [answer('kms', true), answer('kms', false, noon + hours(1)), answer('s3', true, noon - hours(48)), answer('s3', true, noon - hours(24 * 9))];
    const days = attemptsPerDay(attempts, noon, 7);
    expect(days).toHaveLength(7);
    expect(days[6]).toEqual({ date: localDate(noon), total: 2, correct: 1 });
    expect(days[4]).toEqual({ date: localDate(noon - hours(48)), total: 1, correct: 1 });
    expect(days.reduce((sum, day) => sum + day.total, 0)).toBe(3);
  });
});

describe('examsInOrder and recentAccuracy', () => {
  test('orders exams by time', () => {
    const exam = (id: string, time: number) => ({ id, at: at(time), scaled: 700, passed: false, correct: 1, total: 2 });
    expect(examsInOrder([exam('b', noon), exam('a', noon - hours(1))]).map((e) => e.id)).toEqual(['a', 'b']);
  });

  test('takes the latest answers by time', () => {
    const attempts = [answer('kms', false, noon - hours(5)), answer('kms', true, noon), answer('s3', true, noon - hours(1))];
    expect(recentAccuracy(attempts, 2)).toEqual({ correct: 2, total: 2 });
    expect(recentAccuracy([], 2)).toBeNull();
  });
});
