/**
 * Where a copy of unreadable saved progress goes when localStorage has no room for it: IndexedDB,
 * whose quota is a share of the disk rather than a few megabytes. Behind a small interface so the
 * store tests run on a memory copy and the browser on idb-keyval.
 */
import { createStore, del, get, keys, set } from 'idb-keyval';

/** A text store with room for large backups; every method may reject (IndexedDB blocked or absent). */
export interface BackupVault {
  put: (key: string, text: string) => Promise<void>;
  get: (key: string) => Promise<string | undefined>;
  /** Keys starting with `prefix`, newest first (keys end in a sortable time). */
  keys: (prefix: string) => Promise<string[]>;
  remove: (key: string) => Promise<void>;
}

/** The vault in this browser's IndexedDB, or null where IndexedDB does not exist. */
export function indexedDbVault(): BackupVault | null {
  if (typeof indexedDB === 'undefined') return null;
  // Opened on first use, so a page that never needs a backup never touches IndexedDB.
  let store: ReturnType<typeof createStore> | null = null;
  const open = () => (store ??= createStore('examflow-backups', 'backups'));
  return {
    put: (key, text) => set(key, text, open()),
    get: async (key) => {
      const value: unknown = await get(key, open());
      return typeof value === 'string' ? value : undefined;
    },
    keys: async (prefix) => newestFirst((await keys(open())).map(String), prefix),
    remove: (key) => del(key, open()),
  };
}

/** The vault the app uses (null where the browser has no IndexedDB). */
export const browserVault: BackupVault | null = indexedDbVault();

/** A vault in memory, for tests and for the fault-injection suite. */
export function memoryVault(): BackupVault & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    put: async (key, text) => void data.set(key, text),
    get: async (key) => data.get(key),
    keys: async (prefix) => newestFirst([...data.keys()], prefix),
    remove: async (key) => void data.delete(key),
  };
}

function newestFirst(all: string[], prefix: string): string[] {
  return all.filter((key) => key.startsWith(prefix)).sort().reverse();
}
