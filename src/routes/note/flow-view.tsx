import type { NoteModule } from '../../content/note-module';
import { FlowDiagram } from '../../diagram/flow-diagram';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';

/** A flow block of a note, drawn as the interactive diagram parsed at build time. */
export function FlowView({ note, index }: { note: NoteModule; index: number }) {
  const t = useT(notesMessages);
  const flow = note.flows[index];
  const diagram = note.diagrams[index];
  if (!flow) return null;
  if (!diagram) {
    return (
      <figure className="note-flow-source">
        <figcaption className="visually-hidden">{t('flowSource')}</figcaption>
        <pre>{flow.source}</pre>
      </figure>
    );
  }
  return <FlowDiagram diagram={diagram} />;
}
