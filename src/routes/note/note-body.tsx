import { memo, useRef, type ReactNode } from 'react';
import { readPart } from 'virtual:examflow/note-parts';
import type { NoteModule } from '../../content/note-module';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';
import { HydrateWhenNear } from '../../ui/hydrate-when-near';
import { plainHtml, RichText } from '../../ui/rich-text';
import { FlowView } from './flow-view';
import { entryOf, partWidgets, preparePartWidgets } from './part-widgets';
import { LazyQuestionPreview } from './lazy-question-preview';
import { useNoteParts } from './use-note-parts';

/**
 * A later part of a long note. The pre-render draws its HTML; the browser has no copy of it (`null`): it
 * keeps what the page holds, or what useNoteParts fetched when the app drew the note itself.
 */
const NotePart = memo(function NotePart({ index, html }: { index: number; html: string | null }) {
  return <RichText html={html} part={index} />;
});

/**
 * The note's body in order: Markdown runs (HTML rendered at build time), question widgets and flow
 * diagrams. A long note's later parts are drawn a part at a time; the body is marked busy until it is whole.
 */
export function NoteBody({ note }: { note: NoteModule }) {
  const t = useT(notesMessages);
  const body = useRef<HTMLDivElement>(null);
  const { parts, busy, failed } = useNoteParts(note.slug, body);
  const firstPart = note.blocks.findIndex((block) => block.kind === 'part');
  const long = firstPart >= 0;
  // Past a long note's first part, diagrams and questions come alive as they near the viewport, once the
  // chunk of the part before them (which carries their data) has arrived.
  const later = (i: number, part: number | undefined, widget: ReactNode) =>
    long && i > firstPart ? <HydrateWhenNear key={i} prepare={part === undefined ? undefined : () => preparePartWidgets(note.slug, part)}>{widget}</HydrateWhenNear> : widget;
  return (
    <div ref={body} className={long ? 'note-body note-body-long' : 'note-body'} aria-busy={busy || undefined}>
      {note.blocks.map((block, i) => {
        if (block.kind === 'markdown') return <RichText key={i} html={block.html ?? plainHtml(block.markdown)} />;
        if (block.kind === 'part') return <NotePart key={i} index={block.index} html={parts.get(block.index) ?? readPart(note.slug, block.index) ?? null} />;
        const moved = block.part === undefined ? undefined : partWidgets(note.slug, block.part);
        if (block.kind === 'question') {
          const question = note.questions[block.index] ?? entryOf(moved?.questions, block.index);
          const view = question ? <LazyQuestionPreview key={i} question={question} number={block.index + 1} reason={note.reason} noteSlug={note.slug} /> : null;
          return view || block.part !== undefined ? later(i, block.part, view) : null;
        }
        const flow = note.flows[block.index] ?? entryOf(moved?.flows, block.index);
        const diagram = note.diagrams[block.index] ?? entryOf(moved?.diagrams, block.index);
        return flow || block.part !== undefined ? later(i, block.part, <FlowView key={i} flow={flow} diagram={diagram} />) : null;
      })}
      {(busy || failed) && <p className="note-body-rest" role="status">{t(failed ? 'partsFailed' : 'drawingRest')}</p>}
    </div>
  );
}
