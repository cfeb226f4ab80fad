// @vitest-environment jsdom
import { createProgressStore, PROGRESS_KEY } from './progress';
import { attempt } from '../../test/progress-test-data';

// The store's defaults (window.localStorage, window storage events) against jsdom's real ones.
describe('the progress store in a browser', () => {
  beforeEach(() => localStorage.clear());

  test('reads, backs up and reports a corrupt value in the real localStorage', () => {
    localStorage.setItem(PROGRESS_KEY, 'not json');
    const store = createProgressStore();
    const problem = store.getState().storageProblem;
    expect(problem?.kind).toBe('corrupt');
    expect(localStorage.getItem(problem?.backupKey ?? '')).toBe('not json');
    store.stopSync();
  });

  test('merges what another tab writes, announced by a window storage event', () => {
    const store = createProgressStore();
    store.getState().recordAttempt({ questionId: 'mine', noteSlug: 'n', chosen: ['A'], correct: true, seconds: 1, mode: 'practice' });
    const theirs = JSON.stringify({ state: { attempts: [attempt('t1', 'theirs', '2026-01-01T00:00:00.000Z')] }, version: 2 });
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, newValue: theirs }));
    expect(store.getState().attempts.map((a) => a.questionId).sort()).toEqual(['mine', 'theirs']);
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}').state.attempts).toHaveLength(2);
    store.stopSync();
  });
});
