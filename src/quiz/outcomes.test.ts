import { sessionOutcomes, sessionResults } from './outcomes';
import { createSession } from './session';
import { choose, finish, goTo } from './session-actions';
import { itemsOf, makeQuestion } from '../../test/test-questions';

const t0 = Date.parse('2026-03-01T09:00:00.000Z');
const items = [
  ...itemsOf('kms', ['service/kms'], [makeQuestion('k1', ['a', 'b'], ['B']), makeQuestion('k2', ['a', 'b', 'c'], ['A', 'C'])]),
  ...itemsOf('s3', ['service/s3'], [makeQuestion('s1', ['a', 'b'], ['A'])]),
];

function played() {
  let session = createSession({ selection: { kind: 'all' }, items, seed: 3, mode: 'exam', shuffleOptions: false, now: t0, keepOrder: true });
  session = choose(session, 'B');
  session = goTo(session, 1, t0 + 20_000);
  session = choose(choose(session, 'A'), 'C');
  return finish(session, t0 + 50_000);
}

describe('sessionOutcomes', () => {
  test('scores each question in session order with its seconds', () => {
    const outcomes = sessionOutcomes(played(), items);
    expect(outcomes.map((o) => [o.questionId, o.chosen, o.score.correct, o.seconds])).toEqual([
      ['k1', ['B'], true, 20],
      ['k2', ['A', 'C'], true, 30],
      ['s1', [], false, 0],
    ]);
  });

  test('a question gone from the vault counts as wrong and has no item', () => {
    const outcomes = sessionOutcomes(played(), items.slice(1));
    expect(outcomes[0]).toMatchObject({ questionId: 'k1', item: null, score: { correct: false } });
  });
});

describe('sessionResults', () => {
  test('sums the session with a breakdown by tag', () => {
    const results = sessionResults(played(), items);
    expect(results).toMatchObject({ correct: 2, total: 3, unanswered: 1, percentage: 67, scaled: 700, passed: false });
    expect(results.byTag).toEqual({
      'service/kms': { correct: 2, total: 2, percentage: 100 },
      'service/s3': { correct: 0, total: 1, percentage: 0 },
    });
  });
});
