import { storageMessages } from '../i18n/messages/storage';
import { useT } from '../i18n/use-t';
import { useProgress } from '../store/progress';

/** Offers the unreadable saved value as a file, so nothing a person studied is ever lost for good. */
function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The banner that says what happened when saved progress could not be read or written. */
export function StorageNotice() {
  const t = useT(storageMessages);
  const problem = useProgress((s) => s.storageProblem);
  const dismiss = useProgress((s) => s.dismissStorageProblem);
  if (!problem) return null;
  const backup = problem.backupText;
  return (
    <section className="storage-notice card" role="alert" aria-labelledby="storage-notice-title">
      <h2 id="storage-notice-title">{t('title')}</h2>
      <p>{t(problem.kind)}</p>
      <div className="row">
        {backup !== null && (
          <button type="button" className="btn" onClick={() => downloadText(backup, `examflow-progress-backup-${problem.at.slice(0, 10)}.json`)}>
            {t('download')}
          </button>
        )}
        <button type="button" className="btn" onClick={dismiss}>{t('dismiss')}</button>
      </div>
    </section>
  );
}

export default StorageNotice;
