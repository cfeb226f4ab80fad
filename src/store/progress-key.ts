/**
 * Where progress is saved, in a module of its own so the app's frame can ask whether anything is saved
 * without loading the progress store and its schemas.
 */

/** The localStorage key that holds the saved progress. */
export const PROGRESS_KEY = 'examflow-progress';

/**
 * Whether a progress value is saved in `storage` (true when storage cannot be read, so that callers
 * which would mend saved progress still look).
 */
export function hasSavedProgress(storage: () => Pick<Storage, 'getItem'> = () => localStorage): boolean {
  try {
    return storage().getItem(PROGRESS_KEY) !== null;
  } catch {
    return true;
  }
}

/**
 * Whether a saved progress value may hold a practice session in progress: false only when it says its
 * practice slot is empty. It reads the text as the store writes it (JSON, no spaces), where `"practice":null`
 * can only be that slot (no other key of progress holds null, and quotes inside strings are escaped), so the
 * first-paint script can ask before the first paint without parsing a value that may run to megabytes.
 * Self-contained: the first-paint script inlines its source.
 */
export function mayHoldPractice(saved: string): boolean {
  return saved.indexOf('"practice":null') < 0;
}

const listeners = new Set<() => void>();

/** Calls `listener` whenever the app saves progress (for a frame that waits for the first saved answer). */
export function onProgressSaved(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the listeners of {@link onProgressSaved} that progress was just saved. */
export function announceProgressSaved(): void {
  for (const listener of listeners) listener();
}

let storeLoaded = false;

/** Whether the progress store has loaded on this page: from then on it can report a storage problem. */
export function isProgressStoreLoaded(): boolean {
  return storeLoaded;
}

/** Called by the progress store as it loads, so a frame waiting to show its problems mounts their notice. */
export function announceProgressStoreLoaded(): void {
  storeLoaded = true;
  announceProgressSaved();
}
