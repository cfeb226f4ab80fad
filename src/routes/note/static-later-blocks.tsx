import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { NoteModule } from '../../content/note-module';
import { drawCopyButtons } from '../../ui/copy-code';
import { NEAR } from '../../ui/hydrate-when-near';
import { applyRemoteImages, drawRemoteLoadButtons, RemoteImagesContext } from '../../ui/remote-images';
import { useRichTextClick } from '../../ui/rich-text';
import { whenNear } from '../../ui/when-near';
import { drawLaterSoon, drawLaterWhenIdle } from './later-drawing';
import { drawLaterSource, groupHoldingId } from './later-source';
import { flowDiagramCode } from './flow-view';
import { questionCode } from './lazy-question-preview';
import { NoteWidget, type WidgetBlock } from './note-widget';
import { partWidgets, preparePartWidgets } from './part-widgets';

/** The class of the element that holds a long note's blocks from its first later part on. */
export const LATER_BLOCKS = 'note-body-later';
/** The class of each group of those blocks: the element the browser skips while it is out of view. */
export const LATER_GROUP = 'note-body-group';
/** How many blocks a group holds: about eight parts and their diagrams, some 25,000 px of a wide page. */
const GROUP_BLOCKS = 16;

/**
 * The blocks from `firstLater` to `count` in groups of at most GROUP_BLOCKS, as `[start, end)` ranges in order.
 * The browser keeps an element skipped by content-visibility in its layout and watches it for the view on every
 * frame: a 20 MB note's ~5,300 blocks, each skipped on its own, cost every frame while the page was parsed
 * 50-70 ms of CPU; in groups they are some 330.
 */
export function laterGroups(count: number, firstLater: number): [number, number][] {
  const groups: [number, number][] = [];
  for (let start = firstLater; start < count; start += GROUP_BLOCKS) groups.push([start, Math.min(count, start + GROUP_BLOCKS)]);
  return groups;
}

// Regions a body has drawn or hydrated: a body drawn again for the same note (a remount) draws its own.
const claimed = new WeakSet<Element>();

/**
 * Whether the page holds `slug`'s later blocks pre-rendered and no body has taken them yet: the body is then
 * hydrating the page that was built for this note. Never in the pre-render, nor when the app draws the note.
 */
export function holdsPrerenderedLaterBlocks(slug: string): boolean {
  if (typeof document === 'undefined') return false;
  const region = document.querySelector(`.${LATER_BLOCKS}`);
  return region !== null && region.getAttribute('data-later') === slug && region.hasChildNodes() && !claimed.has(region);
}

/** Marks the later blocks under `body` as taken by the body that drew or hydrated them. */
export function claimLaterBlocks(body: Element | null): void {
  const region = body?.querySelector(`:scope > .${LATER_BLOCKS}`);
  if (region) claimed.add(region);
}

/** Scrolls to the element the address's fragment names, drawing first the group that holds it as text, if any. */
function landOnFragment(groups: readonly Element[]): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id || document.getElementById(id)) return;
  const group = groupHoldingId(groups, id);
  if (!group || !drawLaterSource(group)) return;
  document.getElementById(id)?.scrollIntoView();
}

/**
 * Brings the groups of `groups` that the pre-rendered page holds as text (later-source.ts) into the page: at
 * once the one a link to a heading in it points to (the page's own address or a later change of its fragment),
 * and, once the page has loaded, the rest from the top down in idle time, in pieces that keep within the idle
 * deadline (drawLaterWhenIdle). Waiting for the load keeps them out of the browser's own walks of the whole page
 * at its load. Returns the function that stops it.
 */
function drawLaterSources(groups: readonly Element[]): () => void {
  landOnFragment(groups);
  const onHash = () => landOnFragment(groups);
  window.addEventListener('hashchange', onHash);
  let stopIdle = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    // A task after the load event's: the browser's look at the loaded page comes first.
    timer = setTimeout(() => {
      stopIdle = drawLaterWhenIdle(groups);
    }, 0);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    window.removeEventListener('hashchange', onHash);
    window.removeEventListener('load', start);
    clearTimeout(timer);
    stopIdle();
  };
}

/** A widget past a long note's first part: its data is read as it is drawn, once its part's chunk has arrived. */
export function PartWidget({ note, block }: { note: NoteModule; block: WidgetBlock }) {
  return <NoteWidget note={note} block={block} moved={block.part === undefined ? undefined : partWidgets(note.slug, block.part)} />;
}

/** A question or diagram drawn live where its static copy was: the copy goes before the browser paints. */
function LiveWidget({ note, block, stale }: { note: NoteModule; block: WidgetBlock; stale: readonly ChildNode[] }) {
  useLayoutEffect(() => {
    for (const node of stale) node.remove();
  }, [stale]);
  return <PartWidget note={note} block={block} />;
}

/**
 * A long note's later blocks as its pre-rendered page holds them. Hydration keeps them unread, as React does
 * not descend into an element whose HTML it was handed, so hydrating costs the same for a note of any length
 * (a component per block was ~5,000 components at 20 MB, each with its hooks and effects). Links and copy
 * buttons answer through one handler on the element. What the app adds waits for its group of blocks to come
 * near the view, so that the page's start watches its ~330 groups, not its ~2,500 questions and diagrams (that
 * and settling the remote images of the whole region were one task of 210 ms after hydrating, on a phone): the
 * group, if the page holds it as text, is drawn over a few frames from the top (drawLaterSoon), then the group's
 * Copy buttons and remote images' Load buttons are drawn (the page holds no control that needs the
 * app: Chromium's autofill looks at every button at DOMContentLoaded), its remote images settled as the reader chose, and each of its
 * questions and diagrams drawn live in its place (a portal) as it comes near, once its part's chunk (its
 * data) has arrived; the live widget draws its own buttons.
 */
export function StaticLaterBlocks({ note }: { note: NoteModule }) {
  const region = useRef<HTMLDivElement>(null);
  const onClick = useRichTextClick();
  const images = useContext(RemoteImagesContext);
  const [live, setLive] = useState<ReadonlyMap<number, { element: Element; stale: ChildNode[] }>>(() => new Map());

  useEffect(() => {
    const element = region.current;
    if (!element) return;
    let stopped = false;
    const reached = new Set<Element>();
    const stops: (() => void)[] = [];
    const watchWidget = (child: Element) => {
      const index = Number((child as HTMLElement).dataset.widget);
      const block = note.blocks[index];
      if (block?.kind !== 'question' && block?.kind !== 'flow') return;
      const wake = () => {
        // The widget's code too: the live widget would suspend without it and, having taken its static copy away,
        // show nothing until it came, so what follows moved up by the widget's height and back down (a layout
        // shift of 0.46 on a phone, twice, for one diagram of the 20 MB note).
        const code = block.kind === 'flow' ? flowDiagramCode.load() : questionCode.load();
        const ready = Promise.all([code, block.part === undefined ? undefined : preparePartWidgets(note.slug, block.part)]);
        ready.then(() => {
          if (!stopped) setLive((drawn) => new Map(drawn).set(index, { element: child, stale: [...child.childNodes] }));
        }, () => {});
      };
      stops.push(whenNear(child, NEAR, wake));
    };
    // A group drawn, the app's part of it: its buttons, its remote images as the reader chose, its widgets.
    const reach = (group: Element) => {
      reached.add(group);
      drawCopyButtons(group);
      drawRemoteLoadButtons(group);
      applyRemoteImages(group, images.get());
      // The widgets are blocks, the children of the group: finding them reads no part's content.
      for (const child of group.children) watchWidget(child);
    };
    const groups = [...element.children];
    // A group the reader nears is drawn over a few frames, from the top (see drawLaterSoon).
    for (const group of groups) stops.push(whenNear(group, NEAR, () => stops.push(drawLaterSoon(group, () => reach(group)))));
    stops.push(drawLaterSources(groups));
    const unsubscribe = images.subscribe(() => {
      for (const group of reached) applyRemoteImages(group, images.get());
    });
    return () => {
      stopped = true;
      unsubscribe();
      for (const stop of stops) stop();
    };
  }, [note, images]);

  return (
    <>
      <div ref={region} className={LATER_BLOCKS} data-later={note.slug} onClick={onClick} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />
      {[...live].map(([index, { element, stale }]) => createPortal(<LiveWidget note={note} block={note.blocks[index] as WidgetBlock} stale={stale} />, element, String(index)))}
    </>
  );
}
