import { choose, finish, goTo } from './session-actions';
import { SESSION_START, startTwoNoteSession, twoNoteItems } from '../../test/test-questions';
import { attemptFor, examRecordsFor, examSeconds } from './attempt-records';

const t0 = SESSION_START;
const items = twoNoteItems;
const start = startTwoNoteSession;

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

describe('examRecordsFor', () => {
  test('scores the exam, counts the unanswered question as not correct, records only the answer given and times it', () => {
    let session = start('exam');
    session = choose(session, 'B');
    session = finish(goTo(session, 1, t0 + 30_000), t0 + 95_000);
    const { attempts, exam } = examRecordsFor(session, items, 750);
    expect(attempts.map((a) => [a.questionId, a.chosen, a.correct, a.mode])).toEqual([
      ['q-kms', ['B'], false, 'exam'],
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

describe('examSeconds', () => {
  const at = (seconds: number) => new Date(t0 + seconds * 1000).toISOString();
  test.each<[string, string | null, string | null, number]>([
    ['from start to finish', at(95), at(600), 95],
    ['never past the deadline, even when the finish was noticed later', at(900), at(600), 600],
    ['an exam without a deadline, start to finish', at(95), null, 95],
    ['an unreadable deadline is ignored', at(95), 'soon', 95],
    ['an exam not finished has taken no time', null, at(600), 0],
  ])('%s', (_name, finishedAt, deadline, seconds) => {
    expect(examSeconds({ startedAt: at(0), finishedAt, deadline })).toBe(seconds);
  });
});
