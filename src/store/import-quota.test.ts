import { createProgressStore, PROGRESS_KEY } from './progress';
import { attempt } from '../../test/progress-test-data';
import { FakeBrowser } from '../../test/storage-fake';

const many = Array.from({ length: 400 }, (_, index) => attempt(`a${index}`, `q${index}`, '2026-03-01T09:00:00.000Z'));

describe.each(['replaceAll', 'mergeFrom'] as const)('%s of a file larger than the quota', (how) => {
  test('writes nothing, changes nothing in memory, and says there was no room', () => {
    const browser = new FakeBrowser();
    const tab = browser.tab();
    const store = createProgressStore({ getStorage: () => tab.storage, events: tab.events, vault: null });
    store.getState().recordAttempt({ questionId: 'mine', noteSlug: 'kms', chosen: ['A'], correct: true, seconds: 3, mode: 'practice' });
    const before = browser.data.get(PROGRESS_KEY);
    browser.quota = before!.length * 3;
    const outcome = store.getState()[how]({ attempts: many, exams: [], flags: {} });
    expect(outcome).toBe('no-room');
    expect(browser.data.get(PROGRESS_KEY)).toBe(before);
    expect(store.getState().attempts.map((a) => a.questionId)).toEqual(['mine']);
    expect(store.getState().storageProblem).toBeNull();
  });

  test('a file that fits is saved and says so', () => {
    const browser = new FakeBrowser();
    const tab = browser.tab();
    const store = createProgressStore({ getStorage: () => tab.storage, events: tab.events, vault: null });
    expect(store.getState()[how]({ attempts: many.slice(0, 3), exams: [], flags: {} })).toBe('saved');
    expect(JSON.parse(browser.data.get(PROGRESS_KEY)!).state.attempts).toHaveLength(3);
  });
});
