import { settingsMessages } from '../../i18n/messages/settings';
import { useLanguage, useT } from '../../i18n/use-t';
import { localDate } from '../../review/schedule-days';
import { exportProgress } from '../../store/progress-file';
import { progressStore, useProgress } from '../../store/progress';
import { downloadFile } from './download-file';
import { formatDate } from './import-preview';
import { ImportProgress } from './import-progress';
import { KeptBackups } from './kept-backups';
import { ResetProgress } from './reset-progress';

/** What progress is saved, and exporting, importing, resetting it and the backups of unreadable data. */
export function DataSection() {
  const t = useT(settingsMessages);
  const language = useLanguage();
  const attempts = useProgress((state) => state.attempts);
  const exams = useProgress((state) => state.exams.length);
  // A loop, not Math.min(...times): tens of thousands of arguments overflow the call stack.
  let firstTime = Infinity;
  let lastTime = -Infinity;
  for (const attempt of attempts) {
    const time = Date.parse(attempt.at);
    if (time < firstTime) firstTime = time;
    if (time > lastTime) lastTime = time;
  }
  const first = Number.isFinite(firstTime) ? new Date(firstTime).toISOString() : null;
  const last = Number.isFinite(lastTime) ? new Date(lastTime).toISOString() : null;

  const exportNow = () => {
    const file = exportProgress(progressStore.getState());
    downloadFile(`examflow-progress-${localDate(Date.now())}.json`, `${JSON.stringify(file, null, 2)}\n`);
  };

  return (
    <section className="card stack" aria-labelledby="settings-data">
      <h2 id="settings-data">{t('data')}</h2>
      {attempts.length === 0 && exams === 0 ? (
        <p>{t('holdsNothing')}</p>
      ) : (
        <p>
          {t('holds', { attempts: attempts.length, exams })}{' '}
          {first && last && t('holdsRange', { first: formatDate(first, language), last: formatDate(last, language) })}
        </p>
      )}
      <div className="stack">
        <button type="button" className="btn btn-primary" aria-describedby="export-help" onClick={exportNow}>{t('export')}</button>
        <p id="export-help" className="muted">{t('exportHelp')}</p>
      </div>
      <ImportProgress />
      <ResetProgress />
      <KeptBackups />
    </section>
  );
}
