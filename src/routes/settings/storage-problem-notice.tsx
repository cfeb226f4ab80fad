import { settingsMessages } from '../../i18n/messages/settings';
import { useT } from '../../i18n/use-t';
import { progressStore, useProgress } from '../../store/progress';
import type { StorageProblem } from '../../store/storage';
import { downloadFile } from './download-file';

const KIND_KEYS = {
  corrupt: 'problemCorrupt',
  invalid: 'problemInvalid',
  'newer-version': 'problemNewer',
  quota: 'problemQuota',
  unavailable: 'problemUnavailable',
  'write-failed': 'problemWriteFailed',
} as const satisfies Record<StorageProblem['kind'], string>;

/** Explains a storage problem the progress store reported and offers the kept data as a download. */
export function StorageProblemNotice() {
  const t = useT(settingsMessages);
  const problem = useProgress((state) => state.storageProblem);
  if (!problem) return null;
  const backup = problem.backupText;
  return (
    <section className="card settings-problem stack" role="alert" aria-labelledby="storage-problem-title">
      <h2 id="storage-problem-title">{t('problemTitle')}</h2>
      <p>{t(KIND_KEYS[problem.kind])}</p>
      <div className="row">
        {backup !== null && (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => downloadFile(`${problem.backupKey ?? 'examflow-progress.backup'}.json`, backup)}
          >
            {t('downloadBackup')}
          </button>
        )}
        <button type="button" className="btn" onClick={() => progressStore.getState().dismissStorageProblem()}>{t('dismiss')}</button>
      </div>
    </section>
  );
}
