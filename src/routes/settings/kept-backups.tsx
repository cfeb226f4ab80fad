import { useEffect, useState } from 'react';
import { settingsMessages } from '../../i18n/messages/settings';
import { useLanguage, useT } from '../../i18n/use-t';
import { browserVault } from '../../store/backup-vault';
import { PROGRESS_KEY, useProgress } from '../../store/progress';
import { keptBackups, readBackup, removeBackup, vaultBackups, type KeptBackup } from './backups';
import { downloadFile } from './download-file';

const storage = () => globalThis.localStorage;

/**
 * The copies of unreadable progress kept in this browser, each to download or delete. The banner
 * of the app frame reports a problem once; this list keeps the copies reachable after a reload.
 */
export function KeptBackups() {
  const t = useT(settingsMessages);
  const language = useLanguage();
  // A newly reported problem may have just written a backup: read the list again.
  const problem = useProgress((state) => state.storageProblem);
  const [local, setLocal] = useState<KeptBackup[]>(() => keptBackups(storage, PROGRESS_KEY));
  const [inVault, setInVault] = useState<KeptBackup[]>([]);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    let live = true;
    setLocal(keptBackups(storage, PROGRESS_KEY));
    void vaultBackups(browserVault, PROGRESS_KEY).then((found) => live && setInVault(found));
    return () => {
      live = false;
    };
  }, [problem, revision]);
  const backups = [...local, ...inVault];
  if (backups.length === 0) return null;

  const when = (backup: KeptBackup) =>
    backup.time ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(backup.time)) : backup.key;
  const download = async (backup: KeptBackup) => {
    const text = await readBackup(backup, storage, browserVault);
    if (text !== null) downloadFile(`${backup.key}.json`, text);
  };
  const remove = async (backup: KeptBackup) => {
    if (!window.confirm(t('deleteBackupConfirm', { date: when(backup) }))) return;
    await removeBackup(backup, storage, browserVault);
    setRevision((value) => value + 1);
  };

  return (
    <section className="settings-backups stack" aria-labelledby="backups-title">
      <h3 id="backups-title">{t('backupsTitle')}</h3>
      <p className="muted">{t('backupsHelp')}</p>
      <ul>
        {backups.map((backup) => (
          <li key={`${backup.place}:${backup.key}`}>
            <span>{t('backupFrom', { date: when(backup) })}</span>
            <span className="row">
              <button type="button" className="btn btn-small" aria-label={t('downloadBackupLabel', { date: when(backup) })} onClick={() => void download(backup)}>
                {t('downloadBackup')}
              </button>
              <button type="button" className="btn btn-small btn-danger" aria-label={t('deleteBackupLabel', { date: when(backup) })} onClick={() => void remove(backup)}>
                {t('deleteBackup')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
