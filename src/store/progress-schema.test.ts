import { emptyProgress, salvageProgress } from './progress-schema';
import { attempt, exam, session } from '../../test/progress-test-data';

const good = {
  attempts: [attempt('a1', 'q1', '2026-01-01T00:00:00.000Z')],
  exams: [exam('e1', '2026-01-02T00:00:00.000Z')],
  flags: { q1: { flagged: true, at: '2026-01-01T00:00:00.000Z' } },
  sessions: { practice: session('practice', '2026-01-03T00:00:00.000Z'), exam: session('exam', '2026-01-03T00:00:00.000Z') },
  closedSessions: [{ id: 's0', at: '2026-01-01T00:00:00.000Z' }],
  epoch: { id: 'e', at: '2026-01-01T00:00:00.000Z' },
  prints: { q1: { slug: 'kms', stem: 'which key', options: ['kms', 'cloudhsm'] } },
};

describe('salvageProgress', () => {
  test('keeps a valid value whole', () => {
    expect(salvageProgress(JSON.parse(JSON.stringify(good)))).toEqual({ data: good, dropped: 0 });
  });

  test.each<[string, unknown, number]>([
    ['null', null, 1],
    ['an array', [], 1],
    ['an empty object', {}, 0],
    ['attempts not a list', { ...good, attempts: 'x' }, 1],
    ['one bad attempt', { ...good, attempts: [...good.attempts, { id: 'a2' }] }, 1],
    ['an attempt with a bad time', { ...good, attempts: [{ ...good.attempts[0], at: 'yesterday' }] }, 1],
    ['an attempt changed at a bad time', { ...good, attempts: [{ ...good.attempts[0], updatedAt: 'later' }] }, 1],
    ['an attempt changed after it was recorded', { ...good, attempts: [{ ...good.attempts[0], guessed: true, updatedAt: '2026-01-01T00:05:00.000Z' }] }, 0],
    ['an attempt with a bad mode', { ...good, attempts: [{ ...good.attempts[0], mode: 'quiz' }] }, 1],
    ['a bad flag', { ...good, flags: { ...good.flags, q2: { flagged: 'yes' } } }, 1],
    ['a broken session', { ...good, sessions: { ...good.sessions, exam: { id: 'x' } } }, 1],
    ['a session in the wrong slot', { ...good, sessions: { practice: good.sessions.exam, exam: null } }, 1],
    ['a bad epoch', { ...good, epoch: { id: '' } }, 1],
  ])('%s drops %i part(s)', (_, value, dropped) => {
    expect(salvageProgress(value).dropped).toBe(dropped);
  });

  test('keeps the valid records beside the bad one', () => {
    const { data } = salvageProgress({ ...good, attempts: [...good.attempts, { id: 'a2' }] });
    expect(data.attempts).toEqual(good.attempts);
    expect(data.exams).toEqual(good.exams);
  });

  test('starts empty from nothing usable', () => {
    expect(salvageProgress('nope').data).toEqual(emptyProgress());
  });
});
