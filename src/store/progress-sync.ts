/**
 * Keeps two open tabs from overwriting each other's progress: when another tab writes, its value
 * is read like any stored value (parsed, migrated, salvaged), merged into this tab's progress with
 * `mergeProgress`, and written back, so both tabs hold the union. A write that brings nothing new
 * is not answered, so two tabs settle instead of echoing each other.
 */
import { migrateProgress } from './migrations';
import { canonicalJson, mergeProgress } from './progress-merge';
import { salvageProgress, type ProgressData } from './progress-schema';
import { readEnvelope } from './storage';

/** The part of `window` the sync needs, so tests can pass a plain EventTarget. */
export type StorageEvents = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** Reads another tab's written value; null when it cannot be read or comes from a newer app version. */
export function readRemoteProgress(raw: string): ProgressData | null {
  const envelope = readEnvelope(raw);
  if (!envelope.ok) return null;
  const { state, newer } = migrateProgress(envelope.value.state, envelope.value.version ?? 0);
  // Merging a newer format into an older one would silently drop what this version cannot read.
  if (newer) return null;
  return salvageProgress(state).data;
}

/** JSON with object keys sorted (defined beside the merge, which breaks ties with it). */
export { canonicalJson } from './progress-merge';

/**
 * Listens for writes of `name` by other tabs and hands the merged progress to `apply`.
 * Returns the function that stops listening.
 */
export function syncAcrossTabs(
  events: StorageEvents,
  name: string,
  current: () => ProgressData,
  apply: (merged: ProgressData) => void,
): () => void {
  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    // A removed key (another tab cleared storage) is not a reason to forget this tab's progress.
    if (key !== name || typeof newValue !== 'string') return;
    const remote = readRemoteProgress(newValue);
    if (!remote) return;
    const local = current();
    const merged = mergeProgress(local, remote);
    const text = canonicalJson(merged);
    // When both sides already hold the same progress, writing again would only echo back and forth.
    if (text === canonicalJson(local) && text === canonicalJson(remote)) return;
    apply(merged);
  };
  events.addEventListener('storage', onStorage);
  return () => events.removeEventListener('storage', onStorage);
}
