import { memoryVault, type BackupVault } from './backup-vault';
import { createProgressStore, PROGRESS_KEY } from './progress';
import { FakeBrowser, type FakeTab } from '../../test/storage-fake';

const clock = Date.parse('2026-03-01T09:00:00.000Z');
const answer = { questionId: 'q1', noteSlug: 'kms', chosen: ['C'], correct: true, seconds: 20, mode: 'practice' as const };

function open(tab: FakeTab, vault: BackupVault | null) {
  let ids = 0;
  return createProgressStore({ getStorage: () => tab.storage, events: tab.events, now: () => clock, newId: () => `id${(ids += 1)}`, vault });
}

/** A vault that refuses everything, as IndexedDB does in some private modes. */
const brokenVault: BackupVault = {
  put: () => Promise.reject(new Error('no IndexedDB')),
  get: () => Promise.reject(new Error('no IndexedDB')),
  keys: () => Promise.reject(new Error('no IndexedDB')),
  remove: () => Promise.reject(new Error('no IndexedDB')),
};

// Each value is larger than what is left of the quota, so no copy of it fits beside it.
const unreadable = [
  ['truncated JSON', `{"state":${'x'.repeat(3000)}`],
  ['a wrong shape', JSON.stringify({ state: { attempts: 'x'.repeat(3000) }, version: 2 })],
  ['a newer version', JSON.stringify({ state: { attempts: [], more: 'x'.repeat(3000) }, version: 99 })],
];

describe('an unreadable saved value larger than the free quota', () => {
  test.each(unreadable)('%s is never overwritten while no copy of it exists', async (_, raw) => {
    const browser = new FakeBrowser();
    browser.data.set(PROGRESS_KEY, raw);
    browser.quota = raw.length + PROGRESS_KEY.length + 500;
    const store = open(browser.tab(), brokenVault);
    expect(store.getState().storageProblem).toMatchObject({ held: true, backupText: raw });
    store.getState().recordAttempt(answer);
    store.getState().toggleFlag('q1');
    store.getState().reset();
    await Promise.resolve();
    expect(browser.data.get(PROGRESS_KEY)).toBe(raw);
    // After a reload the value is still there, so the download is offered again.
    expect(open(browser.tab(), brokenVault).getState().storageProblem).toMatchObject({ held: true, backupText: raw });
    expect(browser.data.get(PROGRESS_KEY)).toBe(raw);
  });

  test.each(unreadable)('%s moves to the backup vault, then saving resumes with what was answered meanwhile', async (_, raw) => {
    const browser = new FakeBrowser();
    const vault = memoryVault();
    browser.data.set(PROGRESS_KEY, raw);
    browser.quota = raw.length + PROGRESS_KEY.length + 500;
    const store = open(browser.tab(), vault);
    store.getState().recordAttempt(answer);
    expect(browser.data.get(PROGRESS_KEY)).toBe(raw);
    await vi.waitFor(() => expect(store.getState().storageProblem?.held).toBe(false));
    const [key] = await vault.keys(`${PROGRESS_KEY}.backup-`);
    expect(await vault.get(key!)).toBe(raw);
    expect(store.getState().storageProblem).toMatchObject({ backupKey: key, backupPlace: 'vault' });
    expect(JSON.parse(browser.data.get(PROGRESS_KEY)!).state.attempts).toHaveLength(1);
  });

  test('discarding it (after download) resumes saving without a vault', () => {
    const browser = new FakeBrowser();
    const raw = `{"state":${'x'.repeat(3000)}`;
    browser.data.set(PROGRESS_KEY, raw);
    browser.quota = raw.length + PROGRESS_KEY.length + 500;
    const store = open(browser.tab(), null);
    store.getState().recordAttempt(answer);
    expect(browser.data.get(PROGRESS_KEY)).toBe(raw);
    store.getState().discardUnreadable();
    expect(store.getState().storageProblem).toBeNull();
    expect(JSON.parse(browser.data.get(PROGRESS_KEY)!).state.attempts).toHaveLength(1);
  });

  test('a value whose copy fits beside it is copied, and saving goes on at once', () => {
    const browser = new FakeBrowser();
    const raw = '{"state": {"attempts": [';
    browser.data.set(PROGRESS_KEY, raw);
    const store = open(browser.tab(), brokenVault);
    expect(store.getState().storageProblem).toMatchObject({ held: false, backupPlace: 'local' });
    store.getState().recordAttempt(answer);
    expect(JSON.parse(browser.data.get(PROGRESS_KEY)!).state.attempts).toHaveLength(1);
  });
});
