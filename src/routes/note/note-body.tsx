import { useMemo } from 'react';
import type { NoteModule } from '../../content/note-module';
import { markdownHtml, RichText } from '../../ui/rich-text';
import { isLongNote, LazyLongNoteBody } from './lazy-long-note';
import { NoteWidget } from './note-widget';

/** A note's body that is whole in its data: Markdown runs (HTML rendered at build time), questions and flow diagrams. */
function WholeNoteBody({ note }: { note: NoteModule }) {
  const blocks = useMemo(
    () => note.blocks.map((block, i) => {
      if (block.kind === 'markdown') return <RichText key={i} html={markdownHtml(block)} />;
      return block.kind === 'part' ? null : <NoteWidget key={i} note={note} block={block} />;
    }),
    [note],
  );
  return <div className="note-body">{blocks}</div>;
}

/**
 * The note's body in order: Markdown runs, question widgets and flow diagrams. A long note's body (later parts
 * drawn a part at a time) is code of its own, which a page fetches only when it shows a long note.
 */
export function NoteBody({ note }: { note: NoteModule }) {
  return isLongNote(note) ? <LazyLongNoteBody note={note} /> : <WholeNoteBody note={note} />;
}
