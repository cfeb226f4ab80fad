import { groupDiagnostics } from '../../content/group-diagnostics';
import type { Diagnostic } from '../../content/types';
import { diagnosticMessages } from '../../i18n/messages/diagnostics';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';

/**
 * The content problems of a note (or of another file, titled so), with its file and their lines, so the author
 * can fix the file. Problems that say the same thing show once with all their lines.
 */
export function DiagnosticsPanel({ file, diagnostics, title, children }: { file: string; diagnostics: Diagnostic[]; title?: string; children?: React.ReactNode }) {
  const t = useT(notesMessages);
  const say = useT(diagnosticMessages);
  if (diagnostics.length === 0) return null;
  return (
    <section className="diagnostics card" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{title ?? t('diagnosticsTitle')}</h2>
      {children}
      <ul>
        {groupDiagnostics(diagnostics).map(({ diagnostic: d, lines }, i) => (
          <li key={i} className={`diagnostics-item diagnostics-${d.severity}`}>
            <strong>{d.severity === 'error' ? t('error') : t('warning')}</strong>{' '}
            <span className="muted">
              ({lines.length === 1 ? t('diagnosticPlace', { file, line: d.line }) : t('diagnosticPlaces', { file, lines: lines.join(', ') })})
            </span>: {diagnosticText(d, say)}
          </li>
        ))}
      </ul>
    </section>
  );
}

// A note module built before diagnostics had codes carries only the English message.
function diagnosticText(d: Diagnostic, say: (code: Diagnostic['code'], args: Diagnostic['args']) => string): string {
  return d.code in diagnosticMessages.en ? say(d.code, d.args ?? {}) : d.message;
}
