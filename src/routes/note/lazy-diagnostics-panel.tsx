import type { Diagnostic } from '../../content/types';
import { loadOnce } from '../../ui/load-once';

/** The problems panel's code and its catalogue, fetched only by a note that has problems to show. */
export const diagnosticsCode = loadOnce(() => import('./diagnostics-panel'));

/**
 * A note's content problems, if it has any. A note without problems draws nothing and loads no code; one
 * with problems had its code loaded by the note's loader (src/routes/note-parts.ts), or waits for it while
 * its pre-rendered HTML is hydrated.
 */
export function LazyDiagnosticsPanel({ file, diagnostics }: { file: string; diagnostics: Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  return <Panel file={file} diagnostics={diagnostics} />;
}

function Panel(props: { file: string; diagnostics: Diagnostic[] }) {
  const { DiagnosticsPanel } = diagnosticsCode.read();
  return <DiagnosticsPanel {...props} />;
}
