/**
 * The copies of unreadable saved progress that the store keeps under `<key>.backup-<time>` (in
 * localStorage, or in the IndexedDB vault when localStorage had no room), read back for the settings
 * page so a person can download them later, not only when the problem shows.
 */
import type { BackupVault } from '../../store/backup-vault';
import { listBackups } from '../../store/storage';

/** One kept backup: its key, when it was made (null when the key does not say) and where it is. */
export interface KeptBackup {
  key: string;
  time: string | null;
  place: 'local' | 'vault';
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
    return listBackups(getStorage(), name).map((key) => ({ key, time: backupTime(key), place: 'local' as const }));
  } catch {
    return [];
  }
}

/** The backups of `name` in the vault, newest first; a vault that cannot be read has none. */
export async function vaultBackups(vault: BackupVault | null, name: string): Promise<KeptBackup[]> {
  try {
    return (await vault?.keys(`${name}.backup-`) ?? []).map((key) => ({ key, time: backupTime(key), place: 'vault' as const }));
  } catch {
    return [];
  }
}

/** The text of a kept backup, wherever it is; null when it is gone. */
export async function readBackup(backup: KeptBackup, getStorage: () => Storage, vault: BackupVault | null): Promise<string | null> {
  try {
    return backup.place === 'local' ? getStorage().getItem(backup.key) : ((await vault?.get(backup.key)) ?? null);
  } catch {
    return null;
  }
}

/** Deletes a kept backup, wherever it is. */
export async function removeBackup(backup: KeptBackup, getStorage: () => Storage, vault: BackupVault | null): Promise<void> {
  try {
    if (backup.place === 'local') getStorage().removeItem(backup.key);
    else await vault?.remove(backup.key);
  } catch {
    // A backup that cannot be deleted is still listed, which says so.
  }
}
