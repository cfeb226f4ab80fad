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
