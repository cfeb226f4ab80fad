import { createSession } from '../../quiz/session';
import { check, choose, goTo } from '../../quiz/session-actions';
import { itemsOf, makeQuestion } from '../../../test/test-questions';
import { progressStore } from '../../store/progress';
import { preparePractice } from './prepare-practice';

vi.mock('virtual:examflow/index', () => ({
  notes: [{ slug: 'kms', file: 'kms.md', title: 'KMS', tags: [], aliases: [], questionCount: 1, questionIds: ['q-due'], errorCount: 0 }],
  loadNote: () => Promise.reject(new Error('no notes in this test')),
}));
// Starting a session reads questions from the packs; these tests never get that far.
vi.mock('virtual:examflow/packs', () => ({
  packOf: [0],
  loadPack: () => Promise.reject(new Error('no packs in this test')),
}));

const wrongNow = { questionId: 'q-due', noteSlug: 'kms', chosen: ['B'], correct: false, seconds: 20, mode: 'practice' as const };

describe('preparePractice: due questions', () => {
  beforeEach(() => progressStore.getState().reset());

  test('become an explicit list that says it came from Review, so its attempts are recorded as reviews', async () => {
    progressStore.getState().recordAttempt({ ...wrongNow, at: new Date(Date.now() - 86_400_000).toISOString() });
    expect(await preparePractice({ kind: 'due' })).toEqual({ kind: 'redirect', to: '/practice?ids=q-due&from=review' });
  });

  test('a due answer to a question the vault no longer asks is not offered: nothing is due', async () => {
    progressStore.getState().recordAttempt({ ...wrongNow, questionId: 'edited-away', at: new Date(Date.now() - 86_400_000).toISOString() });
    expect(await preparePractice({ kind: 'due' })).toEqual({ kind: 'problem', problem: 'nothing-due' });
  });

  test('with nothing due, say so', async () => {
    expect(await preparePractice({ kind: 'due' })).toEqual({ kind: 'problem', problem: 'nothing-due' });
  });
});

describe('preparePractice: the practice in progress', () => {
  beforeEach(() => progressStore.getState().reset());
  const two = createSession({ selection: { kind: 'tag', tag: 'kms' }, items: itemsOf('kms', ['kms'], [makeQuestion('q1', ['a', 'b'], ['A']), makeQuestion('q2', ['a', 'b'], ['B'])]), seed: 1, mode: 'practice', shuffleOptions: false, now: 0, keepOrder: true });
  const started = check(choose(two, 'A'), 0);
  const spent = check(choose(goTo(started, 1, 0), 'B'), 0);

  test('another selection asks first instead of discarding it', async () => {
    progressStore.getState().saveSession(started);
    const plan = await preparePractice({ kind: 'selection', selection: { kind: 'flagged' } });
    expect(plan).toEqual({ kind: 'ask', open: started });
    expect(progressStore.getState().sessions.practice?.id).toBe(started.id);
  });

  test('starting anyway closes it', async () => {
    progressStore.getState().saveSession(started);
    await preparePractice({ kind: 'selection', selection: { kind: 'flagged' }, fresh: true });
    expect(progressStore.getState().closedSessions.map((closed) => closed.id)).toContain(started.id);
  });

  test('a session whose every answer is graded is not offered again, nor asked about', async () => {
    progressStore.getState().saveSession(spent);
    const same = await preparePractice({ kind: 'selection', selection: two.selection });
    expect(same).toEqual({ kind: 'problem', problem: 'empty' });
    expect(await preparePractice({ kind: 'invalid', reason: 'nothing-asked' })).toEqual({ kind: 'problem', problem: 'nothing-asked' });
  });
});
