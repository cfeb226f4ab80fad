import { itemsOf, makeQuestion } from '../../test/test-questions';
import { retryCounts } from './retry-counts';
import { selectQuestions } from './selection';
import { createSession } from './session';
import { check, choose, goTo } from './session-actions';
import type { QuizHistory } from './types';

const q = (id: string) => makeQuestion(id, ['a', 'b'], ['A']);
const catalog = itemsOf('n', ['t'], [q('q1'), q('q2'), q('q3')]);
const live = new Set(catalog.map((item) => item.question.id));
const at = (minute: number) => `2026-03-01T09:${String(minute).padStart(2, '0')}:00.000Z`;
const answer = (questionId: string, minute: number, correct: boolean) => ({ questionId, at: at(minute), correct });

describe('retryCounts', () => {
  test.each<[string, QuizHistory, { wrong: number; flagged: number }]>([
    ['nothing answered or flagged', { attempts: [], flagged: [] }, { wrong: 0, flagged: 0 }],
    ['the latest answer decides, twice-wrong counts once', {
      attempts: [answer('q1', 1, false), answer('q1', 2, false), answer('q2', 1, false), answer('q2', 2, true), answer('q3', 3, false)],
      flagged: ['q2'],
    }, { wrong: 2, flagged: 1 }],
    ['questions gone from the vault are not counted', {
      attempts: [answer('gone', 1, false), answer('q1', 1, false)],
      flagged: ['gone', 'q3', 'q3'],
    }, { wrong: 1, flagged: 1 }],
  ])('%s, and each count is the length of the session it opens', (_, history, expected) => {
    const counts = retryCounts(history, live, null);
    expect({ wrong: counts.wrong.count, flagged: counts.flagged.count }).toEqual(expected);
    for (const kind of ['wrong', 'flagged'] as const) {
      const items = selectQuestions({ kind }, catalog, history);
      const session = createSession({ selection: { kind }, items, seed: 1, mode: 'practice', shuffleOptions: false, now: Date.parse(at(5)) });
      expect(session.questionIds).toHaveLength(counts[kind].count);
      expect(counts[kind].resumes).toBe(false);
    }
  });

  test('a practice of wrong answers under way is what the button resumes, until it is spent', () => {
    const history = { attempts: [answer('q1', 1, false), answer('q2', 1, false)], flagged: [] };
    let open = createSession({ selection: { kind: 'wrong' }, items: catalog.slice(0, 2), seed: 1, mode: 'practice', shuffleOptions: false, now: 0 });
    // Answered right since: fewer are wrong now, but the link carries on the two-question practice.
    const now = { attempts: [...history.attempts, answer('q1', 3, true)], flagged: [] };
    expect(retryCounts(now, live, open).wrong).toEqual({ count: 2, resumes: true });
    expect(retryCounts(now, live, open).flagged).toEqual({ count: 0, resumes: false });
    for (const id of open.questionIds) {
      open = check(choose(goTo(open, open.questionIds.indexOf(id), 0), 'A'), 0);
    }
    expect(retryCounts(now, live, open).wrong).toEqual({ count: 1, resumes: false });
  });
});
