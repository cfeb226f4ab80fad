import type { Diagnostic } from '../../content/types';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';

/** The content problems of a note, with their lines, so the author can fix the file. */
export function DiagnosticsPanel({ diagnostics }: { diagnostics: Diagnostic[] }) {
  const t = useT(notesMessages);
  if (diagnostics.length === 0) return null;
  return (
    <section className="diagnostics card" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t('diagnosticsTitle')}</h2>
      <ul>
        {diagnostics.map((d, i) => (
          <li key={i} className={`diagnostic diagnostic-${d.severity}`}>
            <strong>{d.severity === 'error' ? t('error') : t('warning')}</strong>{' '}
            <span className="muted">({t('diagnosticLine', { line: d.line })})</span>: {d.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
