import { latestPerQuestion } from './latest-answers';

const answer = (questionId: string, at: string, n: number) => ({ questionId, at, n });

describe('latestPerQuestion', () => {
  test.each([
    ['the later time wins, whatever the order', [answer('q', '2026-01-02T00:00:00Z', 1), answer('q', '2026-01-01T00:00:00Z', 2)], 1],
    ['a tie in time goes to the one stored later', [answer('q', '2026-01-01T00:00:00Z', 1), answer('q', '2026-01-01T00:00:00Z', 2)], 2],
    ['an unreadable time counts as the oldest', [answer('q', '2026-01-01T00:00:00Z', 1), answer('q', 'not a date', 2)], 1],
    ['an unreadable time alone is still the latest', [answer('q', 'not a date', 1)], 1],
  ])('%s', (_name, attempts, expected) => {
    expect(latestPerQuestion(attempts).get('q')?.n).toBe(expected);
  });

  test('keeps one answer per question', () => {
    const latest = latestPerQuestion([answer('a', '2026-01-01T00:00:00Z', 1), answer('b', '2026-01-01T00:00:00Z', 2)]);
    expect([...latest.keys()].sort()).toEqual(['a', 'b']);
  });
});
