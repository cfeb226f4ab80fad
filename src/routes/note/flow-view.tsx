import type { Note } from '../../content/types';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';

/** A flow block of a note. */
export function FlowView({ note, index }: { note: Note; index: number }) {
  const t = useT(notesMessages);
  const flow = note.flows[index];
  if (!flow) return null;
  return (
    <figure className="flow-source">
      <figcaption className="visually-hidden">{t('flowSource')}</figcaption>
      <pre>{flow.source}</pre>
    </figure>
  );
}
