import { memo, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { readPart, readWidgets } from 'virtual:examflow/note-parts';
import type { NoteModule } from '../../content/note-module';
import { PARSER_YIELD } from '../../content/parser-yield';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';
import { FirstScreenEnd } from '../../ui/first-screen';
import { HydrateWhenNear } from '../../ui/hydrate-when-near';
import { markdownHtml, RichText } from '../../ui/rich-text';
import { NoteWidget } from './note-widget';
import { preparePartWidgets } from './part-widgets';
import { createPartStore, type PartStore } from './part-store';
import { claimLaterBlocks, holdsPrerenderedLaterBlocks, LATER_BLOCKS, LATER_GROUP, laterGroups, PartWidget, StaticLaterBlocks } from './static-later-blocks';
import { fitsLaterSource, LATER_SOURCE, laterSourceHtml } from './later-source';
import { useNoteParts } from './use-note-parts';

export { MovedOutlineList } from './moved-outline-list';

/**
 * A later part of a long note. The pre-render draws its HTML; the browser has no copy of it (`null`): it
 * keeps what the page holds, or draws what useNoteParts fetched when the app drew the note itself, once
 * `store` says this part (and no other) has arrived.
 */
const NotePart = memo(function NotePart({ slug, index, store, asSource = false }: { slug: string; index: number; store: PartStore; asSource?: boolean }) {
  const fetched = useSyncExternalStore(
    (listener) => store.subscribe(index, listener),
    () => store.get(index),
    () => undefined,
  );
  const html = fetched ?? readPart(slug, index);
  return <RichText html={html === undefined ? null : asSource ? laterSourceHtml(html) : html} part={index} />;
});

/** A block from a long note's first later part on, as the app draws it (or the pre-render, which draws it whole). */
function drawLater(note: NoteModule, store: PartStore, block: NoteModule['blocks'][number], i: number, asSource = false): ReactNode {
  if (block.kind === 'part') return <NotePart key={i} slug={note.slug} index={block.index} store={store} asSource={asSource} />;
  if (block.kind === 'markdown') return <RichText key={i} html={markdownHtml(block)} />;
  const { part } = block;
  // Past the first part, diagrams and questions come alive as they near the viewport, once the chunk of the
  // part before them (which carries their data) has arrived.
  return (
    <HydrateWhenNear key={i} widget={i} prepare={part === undefined ? undefined : () => preparePartWidgets(note.slug, part)}>
      <PartWidget note={note} block={block} />
    </HydrateWhenNear>
  );
}

/**
 * Whether the blocks `start` to `end` of a long note can be written inside a <noscript> (LaterGroup): nothing they
 * hold may close it early. Read from the pre-render's bundle: its parts' HTML and their widgets' data.
 */
function groupFitsSource(note: NoteModule, start: number, end: number): boolean {
  return note.blocks.slice(start, end).every((block) => {
    if (block.kind === 'markdown') return fitsLaterSource(block.html ?? '');
    const part = block.kind === 'part' ? block.index : block.part;
    if (part === undefined) return false;
    const html = block.kind === 'part' ? readPart(note.slug, part) : '';
    const widgets = readWidgets(note.slug, part);
    // The chunk's own HTML is the part's, checked above; its widgets draw from their data alone.
    return html !== undefined && fitsLaterSource(laterSourceHtml(html)) && fitsLaterSource(JSON.stringify([widgets?.questions, widgets?.flows, widgets?.diagrams]));
  });
}

/**
 * A group of a long note's later blocks, drawn once the first part it holds is there: in the pre-render's
 * bundle (the page is built whole), or fetched by the app. Until then an empty element (skipped while out
 * of view, its size guessed), so the app's first draw of a 20 MB note is its ~330 groups, not its ~5,300
 * blocks (a component, an element and a watch for the view each, 60 ms of one task). The parts arrive in
 * order, so a group is drawn as its first part is, with the blocks before that part's neighbours.
 * In the pre-render, a group past the first (`asSource`) is written inside a <noscript> (later-source.ts): a
 * reader without scripts gets its blocks as HTML, while where scripts run the parser makes one text node of
 * them, which the page draws as the group comes near or when idle (StaticLaterBlocks). Chromium's own work over
 * the whole document at load (DOMContentLoaded's observers, the load event, its look for frameworks, which walks
 * every element) scaled with the 20 MB note's ~640,000 elements: one task of 360-570 ms on a phone (CPU x4).
 * A yield point follows each <noscript>: inside it, where scripts run, the parts' own were text.
 */
const LaterGroup = memo(function LaterGroup({ note, store, start, end, asSource }: { note: NoteModule; store: PartStore; start: number; end: number; asSource: boolean }) {
  const first = note.blocks.slice(start, end).find((block) => block.kind === 'part');
  const part = first?.kind === 'part' ? first.index : undefined;
  const here = useSyncExternalStore(
    (listener) => (part === undefined ? () => {} : store.subscribe(part, listener)),
    () => part === undefined || store.get(part) !== undefined || readPart(note.slug, part) !== undefined,
    () => part === undefined || readPart(note.slug, part) !== undefined,
  );
  // Only the pre-render (the app, drawing a note itself, has nothing to keep from the page's parser).
  if (asSource && import.meta.env.SSR && groupFitsSource(note, start, end)) {
    return (
      <div className={LATER_GROUP}>
        <noscript {...{ [LATER_SOURCE]: '' }}>{note.blocks.slice(start, end).map((block, k) => drawLater(note, store, block, start + k, true))}</noscript>
        <script dangerouslySetInnerHTML={{ __html: PARSER_YIELD_CODE }} />
      </div>
    );
  }
  return <div className={LATER_GROUP}>{here && note.blocks.slice(start, end).map((block, k) => drawLater(note, store, block, start + k))}</div>;
});

// The code of the parser yield point (parser-yield.ts), which a group kept as text ends with.
const PARSER_YIELD_CODE = PARSER_YIELD.slice('<script>'.length, -'</script>'.length);

/**
 * Every block of a long note, drawn once per note: a later part reads its HTML from `store` itself, so an
 * arrival redraws that part alone and the body never walks the thousands of blocks of a long note again (each
 * arrival used to, up to half a second at 20 MB, growing with the parts drawn). The blocks from the first later
 * part on share one element, in groups (laterGroups): hydrating the pre-rendered page (`prerendered`), it
 * keeps them as they are.
 */
function drawBlocks(note: NoteModule, store: PartStore, prerendered: boolean): ReactNode[] {
  const firstPart = note.blocks.findIndex((block) => block.kind === 'part');
  const head = note.blocks.slice(0, firstPart < 0 ? undefined : firstPart).map((block, i) => {
    if (block.kind === 'markdown') return <RichText key={i} html={markdownHtml(block)} />;
    return block.kind === 'part' ? null : <NoteWidget key={i} note={note} block={block} />;
  });
  if (firstPart < 0) return head;
  const later = prerendered ? <StaticLaterBlocks key="later" note={note} /> : (
    <div key="later" className={LATER_BLOCKS} data-later={note.slug}>
      {laterGroups(note.blocks.length, firstPart).map(([start, end], n) => <LaterGroup key={start} note={note} store={store} start={start} end={end} asSource={n > 0} />)}
    </div>
  );
  // The page shows once its first part has come (see FirstScreenEnd), not once the whole note has.
  return [...head, <FirstScreenEnd key="end" />, later];
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
  // Decided once, at the first draw: hydrating the page built for this note, or drawn by the app.
  const [prerendered] = useState(() => holdsPrerenderedLaterBlocks(note.slug));
  const parts = useMemo(() => note.blocks.flatMap((block) => (block.kind === 'part' ? [block.index] : [])), [note]);
  const { busy, failed } = useNoteParts(note.slug, parts, body, store, !prerendered);
  const blocks = useMemo(() => drawBlocks(note, store, prerendered), [note, store, prerendered]);
  useEffect(() => claimLaterBlocks(body.current), []);
  return (
    <div ref={body} className="note-body note-body-long" aria-busy={busy || undefined}>
      {blocks}
      {(busy || failed) && <p className="note-body-rest" role="status">{t(failed ? 'partsFailed' : 'drawingRest')}</p>}
    </div>
  );
}
