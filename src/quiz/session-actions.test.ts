import { createSession, type Session } from './session';
import { canCheck, check, choiceRefusal, choicesShort, choose, finish, finishExam, goTo, MAX_VISIT_SECONDS, recordTime, toggleFlag } from './session-actions';
import { itemsOf, makeQuestion } from '../../test/test-questions';

const t0 = Date.parse('2026-03-01T09:00:00.000Z');
const single = makeQuestion('single', ['a', 'b', 'c', 'd'], ['B']);
const double = makeQuestion('double', ['a', 'b', 'c', 'd', 'e'], ['A', 'E']);

function start(mode: 'practice' | 'exam' = 'practice'): Session {
  const items = itemsOf('note', ['t'], [single, double]);
  return createSession({ selection: { kind: 'all' }, items, seed: 1, mode, shuffleOptions: false, now: t0, keepOrder: true });
}

function apply(session: Session, labels: string[]): Session {
  return labels.reduce(choose, session);
}

describe('choose on a single-answer question', () => {
  test.each([
    [['A'], ['A']],
    [['A', 'C'], ['C']],
    [['B', 'B'], ['B']],
    [['Z'], []],
  ])('choosing %j leaves %j', (labels, chosen) => {
    expect(apply(start(), labels).answers.single ?? []).toEqual(chosen);
  });

  test('choosing the same option again changes nothing', () => {
    const once = choose(start(), 'B');
    expect(choose(once, 'B')).toBe(once);
  });
});

describe('choose on a two-answer question', () => {
  const onDouble = goTo(start(), 1, t0);

  test.each([
    [['A'], ['A']],
    [['E', 'A'], ['A', 'E']],
    [['A', 'A'], []],
    [['A', 'B', 'A', 'E'], ['B', 'E']],
  ])('toggling %j leaves %j', (labels, chosen) => {
    expect(apply(onDouble, labels).answers.double ?? []).toEqual(chosen);
  });

  test('refuses a third choice and says why', () => {
    const two = apply(onDouble, ['A', 'B']);
    expect(choiceRefusal(two, 'C')).toBe('too-many');
    expect(choose(two, 'C')).toBe(two);
    expect(choiceRefusal(two, 'B')).toBeNull();
  });
});

describe('refusals', () => {
  test.each<[string, (s: Session) => Session, string, string | null]>([
    ['an unknown label', (s) => s, 'Q', 'unknown-option'],
    ['a checked question', (s) => check(choose(s, 'A'), t0), 'B', 'checked'],
    ['a finished session', (s) => finish(s, t0), 'A', 'finished'],
    ['an empty session', (s) => ({ ...s, questionIds: [] }), 'A', 'no-question'],
    ['a fine choice', (s) => s, 'A', null],
  ])('%s', (_, prepare, label, refusal) => {
    expect(choiceRefusal(prepare(start()), label)).toBe(refusal);
  });
});

describe('check', () => {
  test('needs a choice, reveals once, and is refused in exams', () => {
    const session = start();
    expect(canCheck(session)).toBe(false);
    expect(check(session, t0)).toBe(session);
    const checked = check(choose(session, 'A'), t0 + 30_000);
    expect(checked.checked).toEqual(['single']);
    expect(checked.seconds.single).toBe(30);
    expect(canCheck(checked)).toBe(false);
    const exam = choose(start('exam'), 'A');
    expect(check(exam, t0)).toBe(exam);
  });
});

describe('a multi-answer question is checked only once it has as many choices as it asks for', () => {
  test.each<[string, string[], number, boolean]>([
    ['none chosen', [], 2, false],
    ['one of two', ['A'], 1, false],
    ['both', ['A', 'C'], 0, true],
  ])('%s', (_, labels, short, checkable) => {
    const session = apply(goTo(start(), 1, t0), labels);
    expect(choicesShort(session)).toBe(short);
    expect(canCheck(session)).toBe(checkable);
    expect(check(session, t0).checked).toEqual(checkable ? ['double'] : []);
  });

  test('a single-answer question is one short until something is chosen', () => {
    expect(choicesShort(start())).toBe(1);
    expect(choicesShort(choose(start(), 'B'))).toBe(0);
  });
});

describe('time and navigation', () => {
  test('goTo counts the seconds of the question left and clamps the index', () => {
    const moved = goTo(start(), 5, t0 + 42_000);
    expect(moved.current).toBe(1);
    expect(moved.seconds).toEqual({ single: 42 });
    const back = goTo(moved, -3, t0 + 52_000);
    expect(back.current).toBe(0);
    expect(back.seconds).toEqual({ single: 42, double: 10 });
  });

  test('a visit counts at most MAX_VISIT_SECONDS', () => {
    expect(recordTime(start(), t0 + 86_400_000).seconds.single).toBe(MAX_VISIT_SECONDS);
  });

  test('going to the question shown changes nothing', () => {
    const session = start();
    expect(goTo(session, 0, t0 + 1000)).toBe(session);
  });
});

describe('flags and revisions', () => {
  test('toggleFlag flags and unflags; each change bumps the revision', () => {
    const flagged = toggleFlag(start());
    expect(flagged.flagged).toEqual(['single']);
    expect(flagged.revision).toBe(1);
    expect(toggleFlag(flagged).flagged).toEqual([]);
    expect(toggleFlag(flagged, 'not-in-session')).toBe(flagged);
  });

  test('finish stamps the end once', () => {
    const done = finish(start('exam'), t0 + 60_000);
    expect(done.finishedAt).toBe('2026-03-01T09:01:00.000Z');
    expect(finish(done, t0 + 120_000)).toBe(done);
  });
});

describe('finishExam', () => {
  test.each([
    ['an exam submitted with time left ends when submitted', 'exam' as const, t0 + 60_000, '2026-03-01T09:01:00.000Z'],
    ['an exam submitted past its deadline, restored late, ends at the deadline', 'exam' as const, t0 + 10 * 3600_000, '2026-03-01T09:06:00.000Z'],
    ['a session without a deadline ends when submitted', 'practice' as const, t0 + 10 * 3600_000, '2026-03-01T19:00:00.000Z'],
  ])('%s', (_, mode, now, finishedAt) => {
    expect(finishExam(start(mode), now).finishedAt).toBe(finishedAt);
  });
});
