import { Fragment, memo, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { readPart } from 'virtual:examflow/note-parts';
import type { NoteModule } from '../../content/note-module';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';
import { FirstScreenEnd } from '../../ui/first-screen';
import { HydrateWhenNear } from '../../ui/hydrate-when-near';
import { plainHtml, RichText } from '../../ui/rich-text';
import { NoteWidget, type WidgetBlock } from './note-widget';
import { partWidgets, preparePartWidgets } from './part-widgets';
import { createPartStore, type PartStore } from './part-store';
import { useNoteParts } from './use-note-parts';

export { MovedOutlineList } from './moved-outline-list';

/**
 * A later part of a long note. The pre-render draws its HTML; the browser has no copy of it (`null`): it
 * keeps what the page holds, or draws what useNoteParts fetched when the app drew the note itself, once
 * `store` says this part (and no other) has arrived.
 */
const NotePart = memo(function NotePart({ slug, index, store }: { slug: string; index: number; store: PartStore }) {
  const fetched = useSyncExternalStore(
    (listener) => store.subscribe(index, listener),
    () => store.get(index),
    () => undefined,
  );
  return <RichText html={fetched ?? readPart(slug, index) ?? null} part={index} />;
});

/** A widget past a long note's first part: its data is read as it is drawn, once its part's chunk has arrived. */
function PartWidget({ note, block }: { note: NoteModule; block: WidgetBlock }) {
  return <NoteWidget note={note} block={block} moved={block.part === undefined ? undefined : partWidgets(note.slug, block.part)} />;
}

/**
 * Every block of a long note, drawn once per note: a later part reads its HTML from `store` itself, so an
 * arrival redraws that part alone and the body never walks the thousands of blocks of a long note again (each
 * arrival used to, up to half a second at 20 MB, growing with the parts drawn).
 */
function drawBlocks(note: NoteModule, store: PartStore): ReactNode[] {
  const firstPart = note.blocks.findIndex((block) => block.kind === 'part');
  return note.blocks.map((block, i) => {
    if (block.kind === 'part') {
      const drawn = <NotePart key={i} slug={note.slug} index={block.index} store={store} />;
      // The page shows once its first part has come (see FirstScreenEnd), not once the whole note has.
      return i === firstPart ? <Fragment key={i}><FirstScreenEnd />{drawn}</Fragment> : drawn;
    }
    if (block.kind === 'markdown') return <RichText key={i} html={block.html ?? plainHtml(block.markdown)} />;
    const { part } = block;
    if (i < firstPart) return <NoteWidget key={i} note={note} block={block} />;
    // Past the first part, diagrams and questions come alive as they near the viewport, once the chunk of the
    // part before them (which carries their data) has arrived.
    return (
      <HydrateWhenNear key={i} prepare={part === undefined ? undefined : () => preparePartWidgets(note.slug, part)}>
        <PartWidget note={note} block={block} />
      </HydrateWhenNear>
    );
  });
}

/**
 * The body of a long note, whose later parts are drawn a part at a time: marked busy until it is whole. Its
 * code (this module) is fetched only by a page that shows a long note.
 */
export function LongNoteBody({ note }: { note: NoteModule }) {
  const t = useT(notesMessages);
  const body = useRef<HTMLDivElement>(null);
  // One store per note: the body is keyed by note, so another note starts with an empty one.
  const [store] = useState(createPartStore);
  const { busy, failed } = useNoteParts(note.slug, body, store);
  const blocks = useMemo(() => drawBlocks(note, store), [note, store]);
  return (
    <div ref={body} className="note-body note-body-long" aria-busy={busy || undefined}>
      {blocks}
      {(busy || failed) && <p className="note-body-rest" role="status">{t(failed ? 'partsFailed' : 'drawingRest')}</p>}
    </div>
  );
}
