import { memo } from 'react';
import type { Diagnostic } from '../../content/types';
import { HydrateOnView } from '../../ui/hydrate-on-view';
import { loadOnce } from '../../ui/load-once';

/** The problems panel's code and its catalogue, fetched only by a note that has problems to show. */
export const diagnosticsCode = loadOnce(() => import('./diagnostics-panel'));

/**
 * A note's content problems, if it has any. A note without problems draws nothing and loads no code; one
 * with problems had its code loaded by the note's loader (src/routes/note-parts.ts), or keeps its
 * pre-rendered HTML until it is in view and its code has arrived. Memoised on the loader's (stable) props:
 * a re-render of the page must not reach the part still waiting to hydrate.
 */
export const LazyDiagnosticsPanel = memo(function LazyDiagnosticsPanel({ file, diagnostics }: { file: string; diagnostics: Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  return <HydrateOnView><Panel file={file} diagnostics={diagnostics} /></HydrateOnView>;
});

function Panel(props: { file: string; diagnostics: Diagnostic[] }) {
  const { DiagnosticsPanel } = diagnosticsCode.read();
  return <DiagnosticsPanel {...props} />;
}
