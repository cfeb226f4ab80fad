/**
 * The copies of unreadable saved progress that the store keeps under `<key>.backup-<time>`, read
 * back for the settings page so a person can download them later, not only when the problem shows.
 */
import { listBackups } from '../../store/storage';

/** One kept backup: its storage key and when it was made (null when the key does not say). */
export interface KeptBackup {
  key: string;
  time: string | null;
}

/** The time a backup key was made, as ISO, from its `2026-03-01T09-00-00-000Z` suffix. */
export function backupTime(key: string): string | null {
  const match = /\.backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(key);
  if (!match) return null;
  const [, date, hours, minutes, seconds, millis] = match;
  const iso = `${date}T${hours}:${minutes}:${seconds}.${millis}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** The backups of `name` in a storage, newest first; an unavailable storage has none. */
export function keptBackups(getStorage: () => Storage, name: string): KeptBackup[] {
  try {
    return listBackups(getStorage(), name).map((key) => ({ key, time: backupTime(key) }));
  } catch {
    return [];
  }
}
