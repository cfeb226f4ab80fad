/**
 * The fault-injection suite's world: a fake browser (shared localStorage, storage events, an
 * IndexedDB vault) whose writes can be made to fail or be recorded, and the real progress store
 * opened on it, one store per tab.
 */
import { memoryVault, type BackupVault } from '../backup-vault';
import { createProgressStore, PROGRESS_KEY, type ProgressStore } from '../progress';
import { FakeBrowser } from '../../../test/storage-fake';

/** What a test tells the storage to do at each write to the progress key. */
export interface WritePlan {
  /** Throw a quota error at these write numbers (1-based); `from` makes every later write fail too. */
  failAt?: number;
  failFrom?: number;
  /** Called after each successful write with the whole storage, to replay a crash there. */
  onWrite?: (data: ReadonlyMap<string, string>) => void;
}

/** A browser of the suite: shared storage, a vault, and the count of writes to the progress key. */
export class FaultBrowser extends FakeBrowser {
  readonly vault: BackupVault & { data: Map<string, string> } = memoryVault();
  writes = 0;
  constructor(readonly plan: WritePlan = {}) {
    super();
  }

  /** Opens a tab running the real progress store; `vault: null` models a browser without IndexedDB. */
  open(vault: BackupVault | null = this.vault): ProgressStore {
    const tab = this.tab();
    const storage: Storage = Object.create(tab.storage) as Storage;
    storage.setItem = (key, value) => {
      if (key === PROGRESS_KEY) {
        this.writes += 1;
        const { failAt, failFrom } = this.plan;
        if (this.writes === failAt || (failFrom !== undefined && this.writes >= failFrom)) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
      }
      tab.storage.setItem(key, value);
      if (key === PROGRESS_KEY) this.plan.onWrite?.(new Map(this.data));
    };
    let ids = 0;
    const prefix = Math.random().toString(36).slice(2, 8);
    return createProgressStore({ getStorage: () => storage, events: tab.events, vault, newId: () => `${prefix}-${(ids += 1)}` });
  }

  /** A browser holding a copy of `data`, as a fresh page load after a crash would find it. */
  static restored(data: ReadonlyMap<string, string>): FaultBrowser {
    const browser = new FaultBrowser();
    for (const [key, value] of data) browser.data.set(key, value);
    return browser;
  }
}

/** The answer a test records: question `q`, chosen A, unique per call. */
export function answerOf(questionId: string) {
  return { questionId, noteSlug: 'note', chosen: ['A'], correct: false, seconds: 5, mode: 'practice' as const };
}

/** Attempt ids a store holds. */
export function attemptIds(store: ProgressStore): Set<string> {
  return new Set(store.getState().attempts.map((attempt) => attempt.id));
}
