import { migrateProgress, migrateV1toV2, migrateV2toV3, migrateV3toV4, migrateV4toV5, PROGRESS_VERSION, type ProgressV1 } from './migrations';
import { INITIAL_EPOCH, salvageProgress } from './progress-schema';

const v1: ProgressV1 = {
  attempts: [
    { id: 'a1', questionId: 'q1', noteSlug: 'kms', at: '2025-09-01T10:00:00.000Z', choice: 'C', correct: true, seconds: 30 },
    { id: 'a2', questionId: 'q2', noteSlug: 'kms', at: '2025-09-01T10:01:00.000Z', choice: 'E,A', correct: true, seconds: 40 },
    { id: 'a3', questionId: 'gone', noteSlug: 'old', at: '2025-09-01T10:02:00.000Z', choice: '', correct: false, seconds: 5 },
  ],
  exams: [{ id: 'e1', at: '2025-09-02T10:00:00.000Z', questionIds: ['q1', 'q2'], correct: 2, total: 2, scaled: 1000, passed: true, seconds: 600 }],
  flagged: ['q2', 'gone'],
};

describe('migrateV1toV2', () => {
  const migrated = salvageProgress(migrateV1toV2(v1));

  test('produces a fully valid version 2 value', () => {
    expect(migrated.dropped).toBe(0);
  });

  test.each([
    ['a1', ['C']],
    ['a2', ['A', 'E']],
    ['a3', []],
  ])('attempt %s: choice becomes chosen %j, mode practice', (id, chosen) => {
    expect(migrated.data.attempts.find((a) => a.id === id)).toMatchObject({ chosen, mode: 'practice' });
  });

  test('exams get an empty tag breakdown; flags keep unknown question ids with the oldest time', () => {
    expect(migrated.data.exams[0]?.byTag).toEqual({});
    expect(migrated.data.flags).toEqual({
      q2: { flagged: true, at: INITIAL_EPOCH.at },
      gone: { flagged: true, at: INITIAL_EPOCH.at },
    });
    expect(migrated.data.sessions).toEqual({ practice: null, exam: null });
  });

  test('leaves records that are not objects for salvage to drop', () => {
    const result = salvageProgress(migrateV1toV2({ ...v1, attempts: [null, 'x', v1.attempts[0]] }));
    expect(result.data.attempts.map((a) => a.id)).toEqual(['a1']);
    expect(result.dropped).toBe(2);
  });
});

describe('migrateProgress', () => {
  test.each([
    [0, false],
    [1, false],
  ])('from version %i reaches the current shape', (version, newer) => {
    const result = migrateProgress(v1, version);
    expect(result.newer).toBe(newer);
    expect(salvageProgress(result.state).dropped).toBe(0);
  });

  test('the current version passes through untouched', () => {
    const current = { attempts: [], exams: [], flags: {} };
    expect(migrateProgress(current, PROGRESS_VERSION)).toEqual({ state: current, newer: false });
  });

  test('a newer version is marked, not guessed at', () => {
    expect(migrateProgress({ x: 1 }, PROGRESS_VERSION + 1)).toEqual({ state: { x: 1 }, newer: true });
  });

  test.each([null, 42, 'text', []])('never throws on %j', (state) => {
    expect(() => migrateProgress(state, 1)).not.toThrow();
  });
});

describe('migrateV2toV3', () => {
  test('keeps every attempt, exam and flag as it was, and starts an empty set of question prints', () => {
    const v2 = migrateV1toV2(v1) as Record<string, unknown>;
    const v3 = migrateV2toV3(v2) as Record<string, unknown>;
    expect({ ...v3, prints: undefined }).toEqual({ ...v2, prints: undefined });
    expect(v3.prints).toEqual({});
    const salvaged = salvageProgress(v3);
    expect(salvaged.dropped).toBe(0);
    expect(salvaged.data.attempts.map((attempt) => attempt.questionId)).toEqual(['q1', 'q2', 'gone']);
  });

  test('a version 1 value comes up to the current version in one go', () => {
    expect(salvageProgress(migrateProgress(v1, 1).state).data.prints).toEqual({});
  });
});

/** A session as version 3 saved it: no origin. */
function v3Session(mode: 'practice' | 'exam', selection: Record<string, unknown>) {
  const at = '2026-03-01T09:00:00.000Z';
  return {
    id: `${mode}-1`, mode, selection, seed: 1, shuffleOptions: false, questionIds: ['q1', 'q2'],
    layouts: { q1: { order: ['A', 'B'], labels: ['A', 'B'], required: 1 }, q2: { order: ['A', 'B'], labels: ['A', 'B'], required: 1 } },
    answers: { q1: ['A'] }, checked: ['q1'], flagged: [], seconds: { q1: 12 }, current: 1,
    startedAt: at, shownAt: at, deadline: mode === 'exam' ? '2026-03-01T12:00:00.000Z' : null, finishedAt: null, revision: 3,
  };
}

describe('migrateV3toV4', () => {
  /** A value as version 3 saved it, straight from localStorage. */
  const saved = (practice: unknown, exam: unknown = null) =>
    JSON.stringify({ state: { ...(migrateV2toV3(migrateV1toV2(v1)) as object), sessions: { practice, exam } }, version: 3 });

  test.each([
    ['a list of ids (named as a retry list then, answers recorded as practice)', { kind: 'ids', ids: ['q1', 'q2'] }, 'retry'],
    ['a note', { kind: 'note', slug: 'kms' }, 'practice'],
    ['a tag', { kind: 'tag', tag: 'kms' }, 'practice'],
    ['the wrong ones', { kind: 'wrong' }, 'practice'],
  ])('a saved practice of %s gets origin %s and stays resumable', (_name, selection, origin) => {
    const { state, version } = JSON.parse(saved(v3Session('practice', selection))) as { state: unknown; version: number };
    const salvaged = salvageProgress(migrateProgress(state, version).state);
    expect(salvaged.dropped).toBe(0);
    expect(salvaged.data.sessions.practice).toMatchObject({ origin, selection, current: 1, answers: { q1: ['A'] } });
  });

  test('a saved exam gets origin exam', () => {
    const { state } = JSON.parse(saved(null, v3Session('exam', { kind: 'all' }))) as { state: unknown };
    const salvaged = salvageProgress(migrateV3toV4(state));
    expect(salvaged.dropped).toBe(0);
    expect(salvaged.data.sessions).toMatchObject({ practice: null, exam: { origin: 'exam' } });
  });

  test('an origin already there is kept, and a session without one is unreadable once migrated past', () => {
    const review = { ...v3Session('practice', { kind: 'ids', ids: ['q1'] }), origin: 'review' };
    expect((migrateV3toV4({ sessions: { practice: review, exam: null } }) as { sessions: { practice: unknown } }).sessions.practice).toEqual(review);
    expect(salvageProgress({ sessions: { practice: v3Session('practice', { kind: 'all' }), exam: null } }).dropped).toBe(1);
  });

  test.each([null, 42, { sessions: 'x' }, { sessions: { practice: 7 } }])('never throws on %j', (state) => {
    expect(() => migrateV3toV4(state)).not.toThrow();
  });
});

/** An exam of three questions submitted early by version 4: one answered, one half-answered ('Select 2'), one blank. */
function v4EarlyExam() {
  const at = '2026-11-01T09:00:00.000Z';
  const attemptOf = (questionId: string, chosen: string[], correct: boolean) =>
    ({ id: `exam-1/${questionId}`, questionId, noteSlug: 'kms', at, chosen, chosenTexts: chosen.map(() => 'text'), correct, seconds: 0, mode: 'exam' });
  return {
    attempts: [
      { id: 'p1', questionId: 'q0', noteSlug: 'kms', at, chosen: ['B'], correct: false, seconds: 9, mode: 'practice' },
      attemptOf('q1', ['A'], true),
      attemptOf('q2', ['A'], false),
      attemptOf('q3', [], false),
      attemptOf('q4', [], false),
    ],
    exams: [{ id: 'exam-1', at, questionIds: ['q1', 'q2', 'q3', 'q4'], correct: 1, total: 4, scaled: 325, passed: false, seconds: 60, byTag: {} }],
    flags: {}, sessions: { practice: null, exam: null }, closedSessions: [], epoch: INITIAL_EPOCH, prints: {},
  };
}

describe('migrateV4toV5', () => {
  test('drops the empty attempts an early-submitted exam recorded for its blank questions, and keeps every answer given', () => {
    const salvaged = salvageProgress(migrateProgress(v4EarlyExam(), 4).state);
    expect(salvaged.dropped).toBe(0);
    expect(salvaged.data.attempts.map((attempt) => attempt.questionId)).toEqual(['q0', 'q1', 'q2']);
    // The exam keeps its score: a blank question was not correct, as in the real exam.
    expect(salvaged.data.exams).toEqual([expect.objectContaining({ correct: 1, total: 4 })]);
  });

  test.each([
    ['a practice answer', 'practice'],
    ['a review answer', 'review'],
  ])('an empty attempt is no answer wherever it came from: %s', (_name, mode) => {
    const blank = { id: 'b', questionId: 'q9', noteSlug: 'kms', at: '2026-11-01T09:00:00.000Z', chosen: [], correct: false, seconds: 0, mode };
    expect((migrateV4toV5({ attempts: [blank] }) as { attempts: unknown[] }).attempts).toEqual([]);
  });

  test('leaves attempts it cannot read for salvage to count as dropped', () => {
    const unreadable = [null, 'x', { id: 'c', chosen: 'A' }];
    expect((migrateV4toV5({ attempts: unreadable }) as { attempts: unknown[] }).attempts).toEqual(unreadable);
  });

  test('a version 1 blank choice is no answer either once migrated to the current version', () => {
    expect(salvageProgress(migrateProgress(v1, 1).state).data.attempts.map((attempt) => attempt.id)).toEqual(['a1', 'a2']);
  });

  test.each([null, 42, { attempts: 'x' }, { attempts: [7] }])('never throws on %j', (state) => {
    expect(() => migrateV4toV5(state)).not.toThrow();
  });
});
