import { progressStore } from '../../store/progress';
import { preparePractice } from './prepare-practice';

vi.mock('virtual:examflow/index', () => ({
  notes: [{ slug: 'kms', file: 'kms.md', title: 'KMS', tags: [], aliases: [], questionCount: 1, questionIds: ['q-due'], errorCount: 0 }],
  loadNote: () => Promise.reject(new Error('no notes in this test')),
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
