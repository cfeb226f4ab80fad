import { settingsMessages } from '../../i18n/messages/settings';
import { useT } from '../../i18n/use-t';
import type { Language } from '../../i18n/types';
import type { ProgressFileSummary } from '../../store/progress-file';

interface ImportPreviewProps {
  summary: ProgressFileSummary;
  language: Language;
  onMerge: () => void;
  onReplace: () => void;
  onCancel: () => void;
}

/** Formats an ISO time as a date in the reader's language. */
export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(iso));
}

/** What an import file holds, and the choice to merge it, let it replace everything, or cancel. */
export function ImportPreview({ summary, language, onMerge, onReplace, onCancel }: ImportPreviewProps) {
  const t = useT(settingsMessages);
  const range = summary.first && summary.last
    ? t('rangeValue', { first: formatDate(summary.first, language), last: formatDate(summary.last, language) })
    : t('none');
  const rows = [
    [t('importAttempts'), String(summary.attempts)],
    [t('importQuestions'), String(summary.questions)],
    [t('importExams'), String(summary.exams)],
    [t('importFlagged'), String(summary.flagged)],
    [t('importRange'), range],
    [t('importExported'), formatDate(summary.exportedAt, language)],
  ];
  return (
    <section className="settings-preview stack" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">{t('importPreview')}</h3>
      <dl className="settings-summary">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('mergeHelp')}</p>
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={onMerge}>{t('merge')}</button>
        <button type="button" className="btn btn-danger" onClick={onReplace}>{t('replace')}</button>
        <button type="button" className="btn" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </section>
  );
}
