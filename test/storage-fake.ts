/**
 * A fake browser for the progress tests: one shared localStorage seen by several tabs, with an
 * optional quota, and `storage` events delivered to the other tabs when `flush` runs (browsers
 * deliver them later as tasks, never inside setItem).
 */

/** One tab of the fake browser: its view of localStorage and where its storage events arrive. */
export interface FakeTab {
  storage: Storage;
  events: EventTarget;
}

/** A shared storage with tabs, a quota in characters, and queued storage events. */
export class FakeBrowser {
  readonly data = new Map<string, string>();
  quota = Infinity;
  private queue: { from: EventTarget; key: string | null; newValue: string | null }[] = [];
  private tabs: EventTarget[] = [];

  /** Opens a tab sharing this browser's storage. */
  tab(): FakeTab {
    const events = new EventTarget();
    this.tabs.push(events);
    return { storage: this.storageFor(events), events };
  }

  /** Delivers queued storage events until none are left; returns how many rounds that took. */
  flush(maxRounds = 50): number {
    let rounds = 0;
    while (this.queue.length > 0) {
      rounds += 1;
      if (rounds > maxRounds) throw new Error('storage events never settle');
      const batch = this.queue;
      this.queue = [];
      for (const { from, key, newValue } of batch) {
        for (const tab of this.tabs) {
          if (tab !== from) tab.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
        }
      }
    }
    return rounds;
  }

  private used(): number {
    let total = 0;
    for (const [key, value] of this.data) total += key.length + value.length;
    return total;
  }

  private storageFor(events: EventTarget): Storage {
    const data = this.data;
    const notify = (key: string | null, newValue: string | null) => this.queue.push({ from: events, key, newValue });
    const browser = this;
    return {
      get length() {
        return data.size;
      },
      key: (index) => [...data.keys()][index] ?? null,
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => {
        const old = data.get(key);
        if (old === value) return;
        if (browser.used() - (old?.length ?? 0) + value.length > browser.quota) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        data.set(key, value);
        notify(key, value);
      },
      removeItem: (key) => {
        if (data.delete(key)) notify(key, null);
      },
      clear: () => {
        data.clear();
        notify(null, null);
      },
    };
  }
}
