import fc from 'fast-check';
import { chosenDisplayLabels, createSession, currentQuestionId, displayQuestion, hasWorkInProgress, isSpent, sessionAttemptMode, shortIds, unansweredIds, type CreateSessionOptions, type Session } from './session';
import { check, choose, finish, goTo } from './session-actions';
import { itemsOf, makeQuestion, seedQuestion } from '../../test/test-questions';

const now = Date.parse('2026-03-01T09:00:00.000Z');
const questions = Array.from({ length: 12 }, (_, i) =>
  makeQuestion(`q${i}`, ['one', 'two', 'three', 'four'], i % 3 === 0 ? ['A', 'C'] : ['B']),
);
const items = itemsOf('note', ['service/s3'], questions);
const base: CreateSessionOptions = { selection: { kind: 'all' }, items, seed: 42, mode: 'practice', shuffleOptions: false, now };

describe('createSession', () => {
  test('asks every item once, in a seeded order', () => {
    const session = createSession(base);
    expect([...session.questionIds].sort()).toEqual(questions.map((q) => q.id).sort());
    expect(session.questionIds).not.toEqual(questions.map((q) => q.id));
  });

  test.each([
    [{ limit: 5 }, 5],
    [{ limit: 0 }, 0],
    [{ limit: 99 }, 12],
    [{ limit: 2.7 }, 2],
  ])('honours %j', (extra, count) => {
    expect(createSession({ ...base, ...extra }).questionIds).toHaveLength(count);
  });

  test('keeps the given order when asked to', () => {
    expect(createSession({ ...base, keepOrder: true }).questionIds).toEqual(questions.map((q) => q.id));
  });

  test('asks a question listed twice only once', () => {
    expect(createSession({ ...base, items: [...items, ...items] }).questionIds).toHaveLength(12);
  });

  test.each([
    ['practice', undefined, null],
    ['exam', undefined, '2026-03-01T09:34:00.000Z'],
    ['exam', 90, '2026-03-01T10:30:00.000Z'],
  ] as const)('%s with minutes %s has deadline %s', (mode, minutes, deadline) => {
    const session = createSession({ ...base, mode, minutes });
    expect(session.deadline).toBe(deadline);
    expect(session.startedAt).toBe('2026-03-01T09:00:00.000Z');
  });

  test('lays out options in note order without shuffling and records how many choices each needs', () => {
    const session = createSession(base);
    expect(session.layouts.q0).toEqual({ order: ['A', 'B', 'C', 'D'], labels: ['A', 'B', 'C', 'D'], required: 2 });
    expect(session.layouts.q1?.required).toBe(1);
  });

  test('shuffles option order per question when asked', () => {
    const session = createSession({ ...base, shuffleOptions: true });
    const orders = new Set(Object.values(session.layouts).map((layout) => layout.order.join('')));
    expect(orders.size).toBeGreaterThan(1);
  });

  test('an empty selection gives an empty session', () => {
    const session = createSession({ ...base, items: [] });
    expect(session.questionIds).toEqual([]);
    expect(currentQuestionId(session)).toBeNull();
  });

  test('survives a JSON round trip unchanged', () => {
    const session = createSession({ ...base, mode: 'exam', shuffleOptions: true });
    expect(JSON.parse(JSON.stringify(session))).toEqual(session);
  });
});

describe('createSession (property)', () => {
  test('rebuilds identically from the same seed, items and start time', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.boolean(),
        fc.constantFrom('practice' as const, 'exam' as const),
        fc.option(fc.nat(20), { nil: undefined }),
        (seed, shuffleOptions, mode, limit) => {
          const options = { ...base, seed, shuffleOptions, mode, limit };
          expect(createSession(options)).toEqual(createSession(options));
        },
      ),
    );
  });
});

describe('displayQuestion', () => {
  const session = createSession({ ...base, items: itemsOf('kms', [], [seedQuestion]), shuffleOptions: true, seed: 7 });
  const shown = displayQuestion(session, seedQuestion);

  test('shows the options in the session layout', () => {
    const order = session.layouts[seedQuestion.id]!.order;
    expect(shown.question.options.map((o) => shown.toOriginal[o.label])).toEqual(order);
  });

  test('reports the choice in display labels while storing the original label', () => {
    const right = shown.question.answer[0]!;
    const after = choose(session, right);
    expect(after.answers[seedQuestion.id]).toEqual(['C']);
    expect(chosenDisplayLabels(after, seedQuestion.id)).toEqual([right]);
  });

  test('shows a question outside the session in note order', () => {
    const other = makeQuestion('other', ['x', 'y'], ['B']);
    expect(displayQuestion(session, other).question.options.map((o) => o.text)).toEqual(['x', 'y']);
  });
});

describe('isSpent and hasWorkInProgress', () => {
  const two = createSession({ ...base, limit: 2, keepOrder: true });
  // A and C: both choices of a "Select 2" question (which is checked only once complete), C alone of a single one.
  const answerCurrent = (session: Session) => check(choose(choose(session, 'A'), 'C'), now);
  const firstChecked = answerCurrent(two);
  const bothChecked = answerCurrent(goTo(firstChecked, 1, now));
  test.each([
    ['new', two, false, false],
    ['one option chosen', choose(two, 'B'), false, true],
    ['first of two checked', firstChecked, false, true],
    ['every question checked, summary not opened', bothChecked, true, false],
    ['finished', finish(firstChecked, now), true, false],
  ])('%s', (_, session, spent, inProgress) => {
    expect(isSpent(session)).toBe(spent);
    expect(hasWorkInProgress(session)).toBe(inProgress);
  });

  test('an exam with every question answered is still open until submitted', () => {
    const exam = createSession({ ...base, mode: 'exam', limit: 1 });
    expect(isSpent(choose(exam, 'B'))).toBe(false);
  });
});

describe('origin and sessionAttemptMode', () => {
  test.each([
    ['practice', undefined, 'practice', 'practice'],
    ['exam', undefined, 'exam', 'exam'],
    ['practice', 'review', 'review', 'review'],
    ['practice', 'retry', 'retry', 'practice'],
  ] as const)('a %s session started with origin %s keeps origin %s and records answers as %s', (mode, origin, kept, recorded) => {
    const session = createSession({ ...base, mode, origin });
    expect(session.origin).toBe(kept);
    expect(sessionAttemptMode(session)).toBe(recorded);
  });
});

describe('shortIds and unansweredIds', () => {
  test('a question with fewer choices than it asks for is short; one with none is unanswered; neither is complete', () => {
    const mixed = itemsOf('n', [], [makeQuestion('pair', ['w', 'x', 'y', 'z'], ['A', 'C']), makeQuestion('done', ['x', 'y', 'z'], ['B', 'C']), makeQuestion('blank', ['x', 'y'], ['A'])]);
    let session = createSession({ ...base, items: mixed, mode: 'exam', keepOrder: true });
    session = choose(session, 'A');
    session = choose(choose(goTo(session, 1, now), 'B'), 'C');
    expect(shortIds(session)).toEqual(['pair']);
    expect(unansweredIds(session)).toEqual(['blank']);
  });
});
