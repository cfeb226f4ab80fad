import { memo, useMemo, useRef, type ReactNode } from 'react';
import { readPart } from 'virtual:examflow/note-parts';
import type { NoteModule } from '../../content/note-module';
import type { NoteBlock } from '../../content/types';
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

type WidgetBlock = Extract<NoteBlock, { kind: 'question' | 'flow' }>;

/**
 * A question or flow diagram of the note, its data read as it is drawn: one after a long note's first part
 * finds it once the part's chunk has arrived (HydrateWhenNear draws it only then).
 */
function NoteWidget({ note, block }: { note: NoteModule; block: WidgetBlock }) {
  const moved = block.part === undefined ? undefined : partWidgets(note.slug, block.part);
  if (block.kind === 'question') {
    const question = note.questions[block.index] ?? entryOf(moved?.questions, block.index);
    return question ? <LazyQuestionPreview question={question} number={block.index + 1} reason={note.reason} noteSlug={note.slug} /> : null;
  }
  const flow = note.flows[block.index] ?? entryOf(moved?.flows, block.index);
  return <FlowView flow={flow} diagram={note.diagrams[block.index] ?? entryOf(moved?.diagrams, block.index)} />;
}

/**
 * Every block of a note but its later parts, drawn once per note: when a part arrives, the body's elements for
 * all the rest are the same objects, so React redraws that part alone instead of the thousands of blocks of a
 * long note (each arrival used to cost a render of them all, up to half a second at 20 MB).
 */
function drawBlocks(note: NoteModule): ReactNode[] {
  const firstPart = note.blocks.findIndex((block) => block.kind === 'part');
  return note.blocks.map((block, i) => {
    if (block.kind === 'part') return null;
    if (block.kind === 'markdown') return <RichText key={i} html={block.html ?? plainHtml(block.markdown)} />;
    const widget = <NoteWidget key={i} note={note} block={block} />;
    // Past a long note's first part, diagrams and questions come alive as they near the viewport, once the
    // chunk of the part before them (which carries their data) has arrived.
    const { part } = block;
    if (firstPart < 0 || i < firstPart) return widget;
    return <HydrateWhenNear key={i} prepare={part === undefined ? undefined : () => preparePartWidgets(note.slug, part)}>{widget}</HydrateWhenNear>;
  });
}

/**
 * The note's body in order: Markdown runs (HTML rendered at build time), question widgets and flow
 * diagrams. A long note's later parts are drawn a part at a time; the body is marked busy until it is whole.
 */
export function NoteBody({ note }: { note: NoteModule }) {
  const t = useT(notesMessages);
  const body = useRef<HTMLDivElement>(null);
  const { parts, busy, failed } = useNoteParts(note.slug, body);
  const blocks = useMemo(() => drawBlocks(note), [note]);
  const long = note.blocks.some((block) => block.kind === 'part');
  return (
    <div ref={body} className={long ? 'note-body note-body-long' : 'note-body'} aria-busy={busy || undefined}>
      {note.blocks.map((block, i) =>
        block.kind === 'part' ? <NotePart key={i} index={block.index} html={parts.get(block.index) ?? readPart(note.slug, block.index) ?? null} /> : blocks[i],
      )}
      {(busy || failed) && <p className="note-body-rest" role="status">{t(failed ? 'partsFailed' : 'drawingRest')}</p>}
    </div>
  );
}
