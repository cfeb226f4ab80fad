import { useEffect, useState } from 'react';
import { settingsMessages } from '../../i18n/messages/settings';
import { useLanguage, useT } from '../../i18n/use-t';
import { PROGRESS_KEY, useProgress } from '../../store/progress';
import { keptBackups, type KeptBackup } from './backups';
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
  const [backups, setBackups] = useState<KeptBackup[]>(() => keptBackups(storage, PROGRESS_KEY));
  useEffect(() => setBackups(keptBackups(storage, PROGRESS_KEY)), [problem]);
  if (backups.length === 0) return null;

  const when = (backup: KeptBackup) =>
    backup.time ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(backup.time)) : backup.key;
  const download = (backup: KeptBackup) => {
    const text = storage().getItem(backup.key);
    if (text !== null) downloadFile(`${backup.key}.json`, text);
  };
  const remove = (backup: KeptBackup) => {
    if (!window.confirm(t('deleteBackupConfirm', { date: when(backup) }))) return;
    storage().removeItem(backup.key);
    setBackups(keptBackups(storage, PROGRESS_KEY));
  };

  return (
    <section className="settings-backups stack" aria-labelledby="backups-title">
      <h3 id="backups-title">{t('backupsTitle')}</h3>
      <p className="muted">{t('backupsHelp')}</p>
      <ul>
        {backups.map((backup) => (
          <li key={backup.key}>
            <span>{t('backupFrom', { date: when(backup) })}</span>
            <span className="row">
              <button type="button" className="btn btn-small" aria-label={t('downloadBackupLabel', { date: when(backup) })} onClick={() => download(backup)}>
                {t('downloadBackup')}
              </button>
              <button type="button" className="btn btn-small btn-danger" aria-label={t('deleteBackupLabel', { date: when(backup) })} onClick={() => remove(backup)}>
                {t('deleteBackup')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
