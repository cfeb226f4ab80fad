import { createSession } from '../../quiz/session';
import { choose, finish, goTo } from '../../quiz/session-actions';
import { itemsOf, makeQuestion, seedQuestion } from '../../../test/test-questions';
import { createProgressStore } from '../../store/progress';
import { FakeBrowser, type FakeTab } from '../../../test/storage-fake';
import { attemptFor, examRecordsFor, sessionAttemptId } from './attempt-records';

const t0 = Date.parse('2026-03-01T09:00:00.000Z');
const items = [
  ...itemsOf('kms', ['service/kms'], [seedQuestion]),
  ...itemsOf('glue', ['data/glue'], [makeQuestion('g1', ['a', 'b', 'c'], ['A', 'C'])]),
];
const start = (mode: 'practice' | 'exam', shuffleOptions = false) =>
  createSession({ selection: { kind: 'all' }, items, seed: 9, mode, shuffleOptions, now: t0, keepOrder: true });

describe('attemptFor', () => {
  test('records the ORIGINAL label chosen, even when options were shuffled', () => {
    let session = start('practice', true);
    const layout = session.layouts['q-kms']!;
    const displayOfC = layout.labels[layout.order.indexOf('C')]!;
    session = choose(session, displayOfC);
    const attempt = attemptFor(session, items[0]!, '2026-03-01T09:01:00.000Z');
    expect(attempt).toMatchObject({ id: `${session.id}/q-kms`, questionId: 'q-kms', noteSlug: 'kms', chosen: ['C'], correct: true, mode: 'practice' });
  });

  test('records the mode it is given instead of the session\'s (a practice session started from Review)', () => {
    const session = choose(start('practice'), 'C');
    expect(attemptFor(session, items[0]!, '2026-03-01T09:01:00.000Z', 'review').mode).toBe('review');
  });
});

describe('one practice session in two tabs', () => {
  const open = (tab: FakeTab) => createProgressStore({ getStorage: () => tab.storage, events: tab.events, vault: null });

  test('keeps both answers of one question, each its own attempt, and each tab finds its own for "I guessed"', () => {
    const browser = new FakeBrowser();
    const [first, second] = [open(browser.tab()), open(browser.tab())];
    const session = start('practice');
    const wrong = attemptFor(choose(session, 'A'), items[0]!, '2026-03-01T09:01:00.000Z', 'practice', 'tab1');
    const right = attemptFor(choose(session, 'C'), items[0]!, '2026-03-01T09:01:05.000Z', 'practice', 'tab2');
    first.getState().recordAttempt(wrong);
    second.getState().recordAttempt(right);
    browser.flush();
    for (const store of [first, second, open(browser.tab())]) {
      expect(store.getState().attempts.map((a) => [a.chosen, a.correct])).toEqual([[['A'], false], [['C'], true]]);
    }
    const attempts = first.getState().attempts;
    expect(sessionAttemptId(attempts, session.id, 'q-kms', wrong.id ?? null)).toBe(wrong.id);
    // After a reload the tab no longer knows which was its own: the latest answer is the one marked.
    expect(sessionAttemptId(attempts, session.id, 'q-kms', null)).toBe(right.id);
    expect(sessionAttemptId(attempts, 'other-session', 'q-kms', null)).toBeNull();
  });
});

describe('examRecordsFor', () => {
  test('scores the exam, counts the unanswered question as wrong and times it from start to finish', () => {
    let session = start('exam');
    session = choose(session, 'B');
    session = finish(goTo(session, 1, t0 + 30_000), t0 + 95_000);
    const { attempts, exam } = examRecordsFor(session, items, 750);
    expect(attempts.map((a) => [a.questionId, a.chosen, a.correct, a.mode])).toEqual([
      ['q-kms', ['B'], false, 'exam'],
      ['g1', [], false, 'exam'],
    ]);
    expect(exam).toMatchObject({ id: session.id, correct: 0, total: 2, scaled: 100, passed: false, seconds: 95 });
    expect(exam.byTag['data/glue']).toEqual({ correct: 0, total: 1, percentage: 0 });
    expect(exam).toMatchObject({ selection: { kind: 'all' }, timedOut: false });
  });

  test.each([
    ['submitted before the deadline', -1, false],
    ['ended at the deadline', 0, true],
  ])('an exam %s records whether time ran out', (_, offset, timedOut) => {
    const session = start('exam');
    const deadline = Date.parse(session.deadline!);
    expect(examRecordsFor(finish(session, deadline + offset), items, 750).exam.timedOut).toBe(timedOut);
  });
});
