/**
 * A persist storage that never trusts localStorage and never throws: unreadable JSON is backed up
 * under `<name>.backup-<timestamp>` and reported, a full quota or a blocked storage is reported,
 * and the app keeps running with whatever could be read.
 *
 * An unreadable value is never overwritten before a copy of it exists: when the copy does not fit
 * in localStorage the key is *held* (writes to it wait in memory) while the value moves to the
 * backup vault (IndexedDB); without a vault it stays held until the person discards it.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { BackupVault } from './backup-vault';
import { isRecord } from './progress-schema';

/** What went wrong with storage, for the app to explain (by kind) and offer the backup. */
export interface StorageProblem {
  kind: 'corrupt' | 'invalid' | 'newer-version' | 'quota' | 'unavailable' | 'write-failed';
  /** English detail for developers and bug reports; the app shows its own translated text by kind. */
  detail: string;
  /** Where the unreadable value was copied, or null when it could not be copied. */
  backupKey: string | null;
  /** Which store holds the copy: localStorage, the IndexedDB vault, or none yet. */
  backupPlace: 'local' | 'vault' | null;
  /** True while saving is paused so the unreadable original is not overwritten. */
  held: boolean;
  /** The unreadable value itself, kept in memory so it can be downloaded even if the copy failed. */
  backupText: string | null;
  /** ISO time. */
  at: string;
}

/** Where the guarded storage reports problems; `now` dates backups. */
export interface GuardedStorageOptions {
  getStorage: () => Storage;
  onProblem: (problem: StorageProblem) => void;
  /** Called after a write succeeds, so a reported quota problem can be cleared. */
  onWriteOk?: () => void;
  /** Where a backup goes when localStorage has no room for it. */
  vault?: BackupVault | null;
  now?: () => number;
}

/** A persist storage with guarded reads and writes, plus the raw text of the last read value. */
export interface GuardedStorage extends PersistStorage<unknown> {
  lastRaw: () => string | null;
  /** Copies an unreadable value under a backup key and reports it. */
  backUp: (name: string, raw: string, kind: StorageProblem['kind'], detail: string) => void;
  /**
   * Writes `value` under `name` once, without reporting a problem (the caller says what happened):
   * 'saved', 'no-room' (quota), 'held' (an unreadable original is protected) or 'failed'.
   */
  tryWrite: (name: string, value: StorageValue<unknown>) => WriteOutcome;
  /** Whether writes to `name` are held back to protect an unreadable original. */
  isHeld: (name: string) => boolean;
  /** Lets the held original of `name` go (the person downloaded or discarded it) and writes what waited. */
  discard: (name: string) => void;
}

/** How one write went. */
export type WriteOutcome = 'saved' | 'no-room' | 'held' | 'failed';

type Report = Omit<StorageProblem, 'at' | 'backupKey' | 'backupPlace' | 'backupText' | 'held'> & Partial<StorageProblem>;

/** The key a backup of `name` made at `time` is stored under. */
export function backupKey(name: string, time: number): string {
  return `${name}.backup-${new Date(time).toISOString().replace(/[:.]/g, '-')}`;
}

/** Lists the backup keys of `name` in a storage, newest first. */
export function listBackups(storage: Storage, name: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && key.startsWith(`${name}.backup-`)) keys.push(key);
  }
  return keys.sort().reverse();
}

/** Whether an error thrown by setItem means the storage is full (names differ across browsers). */
export function isQuotaError(error: unknown): boolean {
  if (!isRecord(error) && !(error instanceof Error)) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Parses a saved `{ state, version }` envelope; anything else is a problem, never an exception. */
export function readEnvelope(raw: string): { ok: true; value: StorageValue<unknown> } | { ok: false; detail: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { ok: false, detail: `not JSON: ${String(error)}` };
  }
  if (!isRecord(parsed) || !('state' in parsed)) return { ok: false, detail: 'no { state, version } envelope' };
  const version = typeof parsed.version === 'number' && Number.isFinite(parsed.version) ? parsed.version : 0;
  return { ok: true, value: { state: parsed.state, version } };
}

/** Creates the guarded storage that the progress store persists through. */
export function createGuardedStorage(options: GuardedStorageOptions): GuardedStorage {
  const now = options.now ?? Date.now;
  let lastRaw: string | null = null;
  // Held keys, with the last value written to each while held (null: nothing written yet).
  const holds = new Map<string, StorageValue<unknown> | null>();
  const storage = (): Storage | null => {
    try {
      return options.getStorage();
    } catch (error) {
      report({ kind: 'unavailable', detail: String(error) });
      return null;
    }
  };
  const report = (problem: Report) =>
    options.onProblem({ backupKey: null, backupPlace: null, backupText: null, held: false, ...problem, at: new Date(now()).toISOString() });

  const release = (name: string) => {
    const pending = holds.get(name);
    holds.delete(name);
    if (pending) setItem(name, pending);
  };

  const moveToVault = async (name: string, key: string, raw: string, kind: StorageProblem['kind'], detail: string) => {
    const vault = options.vault;
    if (!vault) return;
    try {
      await vault.put(key, raw);
      // Only a copy read back intact makes the original safe to overwrite.
      if ((await vault.get(key)) !== raw || !holds.has(name)) return;
    } catch {
      return;
    }
    report({ kind, detail, backupKey: key, backupPlace: 'vault', backupText: raw });
    release(name);
  };

  const backUp: GuardedStorage['backUp'] = (name, raw, kind, detail) => {
    const key = backupKey(name, now());
    try {
      storage()?.setItem(key, raw);
      report({ kind, detail, backupKey: key, backupPlace: 'local', backupText: raw });
    } catch (error) {
      holds.set(name, holds.get(name) ?? null);
      report({ kind, detail: `${detail}; the backup could not be written: ${String(error)}`, backupText: raw, held: true });
      void moveToVault(name, key, raw, kind, detail);
    }
  };

  const setItem = (name: string, value: StorageValue<unknown>) => {
    if (holds.has(name)) {
      holds.set(name, value);
      return;
    }
    const target = storage();
    if (!target) return;
    try {
      const text = JSON.stringify(value);
      target.setItem(name, text);
      lastRaw = text;
      options.onWriteOk?.();
    } catch (error) {
      report({ kind: isQuotaError(error) ? 'quota' : 'write-failed', detail: String(error) });
    }
  };

  const tryWrite = (name: string, value: StorageValue<unknown>): WriteOutcome => {
    if (holds.has(name)) return 'held';
    try {
      const text = JSON.stringify(value);
      const target = options.getStorage();
      target.setItem(name, text);
      lastRaw = text;
      options.onWriteOk?.();
      return 'saved';
    } catch (error) {
      return isQuotaError(error) ? 'no-room' : 'failed';
    }
  };

  return {
    lastRaw: () => lastRaw,
    backUp,
    tryWrite,
    isHeld: (name) => holds.has(name),
    discard: (name) => {
      if (!holds.has(name)) return;
      const pending = holds.get(name);
      release(name);
      // With nothing waiting to be written, the unreadable value itself goes, as the person asked.
      if (pending) return;
      try {
        storage()?.removeItem(name);
      } catch (error) {
        report({ kind: 'write-failed', detail: String(error) });
      }
    },
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = storage()?.getItem(name) ?? null;
      } catch (error) {
        report({ kind: 'unavailable', detail: String(error) });
        return null;
      }
      lastRaw = raw;
      if (raw === null) return null;
      const envelope = readEnvelope(raw);
      if (envelope.ok) return envelope.value;
      backUp(name, raw, 'corrupt', envelope.detail);
      return null;
    },
    setItem,
    removeItem: (name) => {
      if (holds.has(name)) return;
      try {
        storage()?.removeItem(name);
      } catch (error) {
        report({ kind: 'write-failed', detail: String(error) });
      }
    },
  };
}
