import fc from 'fast-check';
import { buildCards, dueQuestionIds, forecast, nextDueOf, type ScheduledAttempt } from './schedule';
import { localDate } from './schedule-days';

// Noon local time, so a one-minute relearning step never crosses midnight in any time zone.
const noon = new Date(2026, 2, 1, 12, 0).getTime();
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 86_400_000;

let counter = 0;
function attempt(questionId: string, time: number, correct: boolean, extra: Partial<ScheduledAttempt> = {}): ScheduledAttempt {
  counter += 1;
  return { id: `a${counter}`, questionId, at: new Date(time).toISOString(), correct, seconds: 30, ...extra };
}

describe('dueQuestionIds', () => {
  test('nothing answered, nothing due', () => {
    expect(dueQuestionIds([], noon)).toEqual([]);
  });

  test.each([
    ['a wrong answer is due again today', [false], true],
    ['a right answer is not due today', [true], false],
    ['a guessed right answer comes back today while it is still being learnt', [true], true, { guessed: true }],
    ['wrong then right: learnt, not due today', [false, true], false],
    ['right then wrong: lapsed, due today', [true, false], true],
  ])('%s', (_, answers, due, extra: Partial<ScheduledAttempt> = {}) => {
    const attempts = answers.map((correct, i) => attempt('q1', noon + minutes(2 * i), correct, i === 0 ? extra : {}));
    expect(dueQuestionIds(attempts, noon + minutes(2 * answers.length))).toEqual(due ? ['q1'] : []);
  });

  test('a right answer falls due after some days, the most overdue first', () => {
    const attempts = [attempt('old', noon - days(30), true), attempt('recent', noon - days(5), true), attempt('fresh', noon, true)];
    expect(dueQuestionIds(attempts, noon)).toEqual(['old', 'recent']);
  });

  test('replays attempts in time order, whatever order they are stored in', () => {
    const attempts = [attempt('q1', noon + minutes(5), true), attempt('q1', noon, false)];
    expect(dueQuestionIds(attempts, noon + minutes(6))).toEqual([]);
    expect(dueQuestionIds([...attempts].reverse(), noon + minutes(6))).toEqual([]);
  });

  test('answers far slower than usual grade Hard and come back sooner than quick ones', () => {
    const quick = Array.from({ length: 6 }, (_, i) => attempt(`quick${i}`, noon - days(10), true, { seconds: 20 }));
    const slow = attempt('slow', noon - days(10), true, { seconds: 200 });
    const cards = buildCards([...quick, slow]);
    expect(cards.get('slow')!.due.getTime()).toBeLessThan(cards.get('quick0')!.due.getTime());
  });
});

describe('forecast', () => {
  test('counts what falls due on each of the next days, overdue in today', () => {
    const attempts = [
      attempt('overdue', noon - days(30), true),
      attempt('wrong', noon, false),
      attempt('new', noon, true),
    ];
    const result = forecast(attempts, noon, 7);
    expect(result).toHaveLength(7);
    expect(result[0]).toEqual({ date: localDate(noon), count: 2 });
    expect(result.map((day) => day.date)).toEqual(Array.from({ length: 7 }, (_, i) => localDate(new Date(2026, 2, 1 + i, 12).getTime())));
    const dueOfNew = buildCards(attempts).get('new')!.due.getTime();
    const dayOfNew = result.findIndex((day) => day.date === localDate(dueOfNew));
    expect(dayOfNew).toBeGreaterThan(0);
    expect(result.reduce((sum, day) => sum + day.count, 0)).toBe(3);
  });

  test('what falls due after the window is not counted', () => {
    const result = forecast([attempt('q', noon, true), attempt('q', noon + days(3), true), attempt('q', noon + days(20), true)], noon + days(20), 7);
    expect(result.reduce((sum, day) => sum + day.count, 0)).toBe(0);
  });
});

describe('properties', () => {
  const history = fc.array(
    fc.record({
      question: fc.constantFrom('q1', 'q2', 'q3'),
      offsetMinutes: fc.integer({ min: 0, max: 60 * 24 * 60 }),
      correct: fc.boolean(),
      guessed: fc.boolean(),
      seconds: fc.integer({ min: 0, max: 600 }),
    }),
    { maxLength: 25 },
  );
  const toAttempts = (items: { question: string; offsetMinutes: number; correct: boolean; guessed: boolean; seconds: number }[]) =>
    items.map((item, i) =>
      ({ id: `h${String(i).padStart(3, '0')}`, questionId: item.question, at: new Date(noon - days(60) + minutes(item.offsetMinutes)).toISOString(),
        correct: item.correct, guessed: item.guessed, seconds: item.seconds }),
    );

  test('a wrong answer is always due sooner than a right one given the same history', () => {
    fc.assert(
      fc.property(history, fc.boolean(), fc.integer({ min: 0, max: 600 }), (items, guessed, seconds) => {
        const past = toAttempts(items);
        const next = { questionId: 'q1', at: new Date(noon).toISOString(), seconds, guessed, id: 'z' };
        const wrong = buildCards([...past, { ...next, correct: false }]).get('q1')!;
        const right = buildCards([...past, { ...next, correct: true }]).get('q1')!;
        expect(wrong.due.getTime()).toBeLessThan(right.due.getTime());
      }),
    );
  });

  test('due ids are a subset of the answered ids, without repeats', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 90 }), (items, dayOffset) => {
        const attempts = toAttempts(items);
        const due = dueQuestionIds(attempts, noon + days(dayOffset - 30));
        const answered = new Set(attempts.map((a) => a.questionId));
        expect(due.every((id) => answered.has(id))).toBe(true);
        expect(new Set(due).size).toBe(due.length);
      }),
    );
  });

  test('the order attempts are stored in never changes the schedule', () => {
    fc.assert(
      fc.property(history, (items) => {
        const attempts = toAttempts(items);
        expect(buildCards([...attempts].reverse())).toEqual(buildCards(attempts));
      }),
    );
  });
});

describe('odd records', () => {
  test('attempts with unreadable times are left out of the replay', () => {
    const attempts = [attempt('q1', noon, true), { ...attempt('q2', noon, false), at: 'not a time' }];
    expect([...buildCards(attempts).keys()]).toEqual(['q1']);
  });
});

describe('nextDueOf', () => {
  test.each([
    ['never answered: no time', [], null],
    ['a wrong answer comes back a minute later', [attempt('q1', noon, false)], noon + minutes(1)],
  ])('%s', (_, attempts: ScheduledAttempt[], due) => {
    expect(nextDueOf(attempts, 'q1')).toBe(due);
  });

  test('a right answer comes back days later, at the time the whole schedule gives it', () => {
    const attempts = [attempt('q1', noon, true), attempt('q2', noon, false)];
    const due = nextDueOf(attempts, 'q1')!;
    expect(due - noon).toBeGreaterThanOrEqual(days(1));
    expect(due).toBe(buildCards(attempts).get('q1')!.due.getTime());
  });
});
