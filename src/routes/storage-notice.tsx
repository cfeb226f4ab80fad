import { storageMessages } from '../i18n/messages/storage';
import { useT } from '../i18n/use-t';
import { useProgress } from '../store/progress';
import { downloadFile } from './settings/download-file';

/**
 * The banner that says what happened when saved progress could not be read or written. While the
 * unreadable original is held (no copy of it fits anywhere yet) it cannot be dismissed: it offers
 * the download and, once the person has it, the discard that lets saving resume.
 */
export function StorageNotice() {
  const t = useT(storageMessages);
  const problem = useProgress((s) => s.storageProblem);
  const dismiss = useProgress((s) => s.dismissStorageProblem);
  const discard = useProgress((s) => s.discardUnreadable);
  if (!problem) return null;
  const backup = problem.backupText;
  return (
    <section className="app-storage-notice card" role="alert" aria-labelledby="storage-notice-title">
      <h2 id="storage-notice-title">{t('title')}</h2>
      <p>{t(problem.kind)}</p>
      {problem.held && <p>{t('held')}</p>}
      {problem.backupPlace === 'vault' && <p>{t('movedToVault')}</p>}
      <div className="row">
        {backup !== null && (
          <button type="button" className="btn" onClick={() => downloadFile(`examflow-progress-backup-${problem.at.slice(0, 10)}.json`, backup)}>
            {t('download')}
          </button>
        )}
        {problem.held ? (
          <button type="button" className="btn btn-danger" onClick={() => window.confirm(t('discardConfirm')) && discard()}>{t('discard')}</button>
        ) : (
          <button type="button" className="btn" onClick={dismiss}>{t('dismiss')}</button>
        )}
      </div>
    </section>
  );
}

export default StorageNotice;
