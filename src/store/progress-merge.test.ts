import fc from 'fast-check';
import { closeSession, mergeFlags, mergeImported, mergeProgress, pickSession, unionById } from './progress-merge';
import { emptyProgress, type ProgressData } from './progress-schema';
import { attempt, exam, session } from '../../test/progress-test-data';

const epoch = { id: 'e1', at: '2026-01-01T00:00:00.000Z' };
const base = (patch: Partial<ProgressData> = {}): ProgressData => ({ ...emptyProgress(epoch), ...patch });
const T = (minute: number) => `2026-01-02T00:${String(minute).padStart(2, '0')}:00.000Z`;

describe('mergeProgress in one epoch', () => {
  test('unions attempts and exams by id, ordered by time', () => {
    const local = base({ attempts: [attempt('a1', 'q1', T(1)), attempt('a3', 'q1', T(3))], exams: [exam('x1', T(5))] });
    const remote = base({ attempts: [attempt('a2', 'q2', T(2)), attempt('a1', 'q1', T(1))], exams: [exam('x2', T(4))] });
    const merged = mergeProgress(local, remote);
    expect(merged.attempts.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(merged.exams.map((e) => e.id)).toEqual(['x2', 'x1']);
  });

  describe('two copies of one attempt: the one changed last is kept, whichever tab merges', () => {
    const recorded = attempt('a1', 'q1', T(1));
    const marked = { ...recorded, guessed: true, updatedAt: T(2) };
    const unmarked = { ...recorded, guessed: false, updatedAt: T(3) };
    test.each([
      ['recorded, then marked guessed in the other tab', recorded, marked, marked],
      ['marked, then unmarked in the other tab', marked, unmarked, unmarked],
      ['the same copy on both sides', marked, { ...marked }, marked],
    ])('%s', (_, mine, theirs, kept) => {
      expect(mergeProgress(base({ attempts: [mine] }), base({ attempts: [theirs] })).attempts).toEqual([kept]);
      expect(mergeProgress(base({ attempts: [theirs] }), base({ attempts: [mine] })).attempts).toEqual([kept]);
    });
  });

  test.each([
    ['later unflag wins', { flagged: true, at: T(1) }, { flagged: false, at: T(2) }, false],
    ['later flag wins', { flagged: false, at: T(1) }, { flagged: true, at: T(2) }, true],
    ['a tie keeps it flagged', { flagged: false, at: T(1) }, { flagged: true, at: T(1) }, true],
  ])('flags: %s', (_, mine, theirs, flagged) => {
    expect(mergeFlags({ q: mine }, { q: theirs }).q?.flagged).toBe(flagged);
    expect(mergeFlags({ q: theirs }, { q: mine }).q?.flagged).toBe(flagged);
  });

  test('keeps flags only one side has', () => {
    expect(Object.keys(mergeFlags({ b: { flagged: true, at: T(1) } }, { a: { flagged: false, at: T(1) } }))).toEqual(['a', 'b']);
  });
});

describe('sessions', () => {
  const older = session('exam', T(1), 1);
  const newer = session('exam', T(2), 2);
  const advanced = { ...older, answers: { q1: ['A'] }, revision: 3 };

  test.each([
    ['one side empty', older, null, older.id],
    ['two copies of one session: the more advanced', older, advanced, older.id],
    ['two different sessions: the later started', older, newer, newer.id],
  ])('%s', (_, a, b, id) => {
    expect(pickSession(a, b, new Set())?.id).toBe(id);
    expect(pickSession(b, a, new Set())?.id).toBe(id);
  });

  test('the more advanced copy is the one kept', () => {
    expect(pickSession(older, advanced, new Set())).toBe(advanced);
  });

  test('a closed session never comes back', () => {
    const local = base({ closedSessions: closeSession([], older.id, T(3)) });
    const remote = base({ sessions: { practice: null, exam: older } });
    expect(mergeProgress(local, remote).sessions.exam).toBeNull();
  });
});

describe('epochs', () => {
  test('a newer epoch (after a reset) wins whole', () => {
    const old = base({ attempts: [attempt('a1', 'q1', T(1))] });
    const fresh = emptyProgress({ id: 'e2', at: '2026-02-01T00:00:00.000Z' });
    expect(mergeProgress(old, fresh)).toBe(fresh);
    expect(mergeProgress(fresh, old)).toBe(fresh);
  });

  test('an import merges whatever its origin, keeping the local epoch and sessions', () => {
    const local = base({ sessions: { practice: session('practice', T(1)), exam: null } });
    const merged = mergeImported(local, { attempts: [attempt('a9', 'q9', T(9))], exams: [], flags: {} });
    expect(merged.epoch).toEqual(epoch);
    expect(merged.sessions).toEqual(local.sessions);
    expect(merged.attempts.map((a) => a.id)).toEqual(['a9']);
  });
});

describe('mergeProgress (property)', () => {
  const recorded = Array.from({ length: 8 }, (_, i) => attempt(`a${i}`, `q${i % 3}`, T(i), i % 2 === 0));
  // Changed copies of recorded attempts, two of them changed at the same time (a tie to break).
  const pool = [
    ...recorded,
    { ...recorded[1]!, guessed: true, updatedAt: T(20) },
    { ...recorded[1]!, guessed: false, updatedAt: T(21) },
    { ...recorded[2]!, guessed: true, updatedAt: T(22) },
    { ...recorded[2]!, guessed: false, updatedAt: T(22) },
  ];
  const flagPool = [
    ['q1', { flagged: true, at: T(1) }],
    ['q1', { flagged: false, at: T(2) }],
    ['q2', { flagged: true, at: T(3) }],
  ] as const;
  const side = fc.record({
    attempts: fc.subarray(pool),
    flags: fc.subarray([...flagPool]).map((pairs) => Object.fromEntries(pairs)),
  });

  test('is order independent and idempotent, so tabs converge', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const x = base(a);
        const y = base(b);
        const xy = mergeProgress(x, y);
        expect(JSON.stringify(xy)).toBe(JSON.stringify(mergeProgress(y, x)));
        expect(JSON.stringify(mergeProgress(xy, y))).toBe(JSON.stringify(xy));
      }),
    );
  });
});

describe('copies that differ only in key order', () => {
  // A tab holds the attempt as it recorded it; another gets it back through the schema, keys reordered.
  const recorded = { questionId: 'q1', noteSlug: 'n', chosen: ['A'], correct: false, seconds: 5, mode: 'practice' as const, id: 'a1', at: '2026-03-01T09:00:00.000Z' };
  const guessed = { id: 'a1', questionId: 'q1', noteSlug: 'n', at: '2026-03-01T09:00:00.000Z', chosen: ['A'], correct: false, seconds: 5, mode: 'practice' as const, guessed: true, updatedAt: '2026-03-01T09:00:00.000Z' };
  const reordered = { ...Object.fromEntries(Object.entries(guessed).reverse()) } as typeof guessed;

  test.each([
    ['recorded, guessed', [recorded, guessed]],
    ['guessed, recorded', [guessed, recorded]],
    ['recorded, guessed with keys reversed', [recorded, reordered]],
    ['guessed with keys reversed, recorded', [reordered, recorded]],
  ])('a change made in the same millisecond wins whatever the order (%s)', (_, copies) => {
    expect(unionById(copies)).toEqual([guessed]);
  });
});
