import { newestFirst } from './exam-history';

describe('newestFirst', () => {
  test.each([
    ['newest first', [['a', '2026-01-01T00:00:00Z'], ['b', '2026-02-01T00:00:00Z']], ['b', 'a']],
    ['ties by id, highest first', [['a', '2026-01-01T00:00:00Z'], ['c', '2026-01-01T00:00:00Z'], ['b', '2026-01-01T00:00:00Z']], ['c', 'b', 'a']],
    ['an unreadable time last', [['x', 'never'], ['y', '2025-01-01T00:00:00Z']], ['y', 'x']],
    ['nothing', [], []],
  ])('%s', (_, exams, ids) => {
    const input = exams.map(([id, at]) => ({ id: id!, at: at! }));
    expect(newestFirst(input).map((exam) => exam.id)).toEqual(ids);
    expect(input.map((exam) => exam.id)).toEqual(exams.map(([id]) => id));
  });
});
