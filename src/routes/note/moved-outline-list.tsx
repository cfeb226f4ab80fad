import { useLayoutEffect, useRef, useState } from 'react';
import { loadOutline, readOutline } from 'virtual:examflow/note-parts';
import { nextFrame } from '../../ui/next-task';
import { whenDisplayed } from '../../ui/when-displayed';
import { outlineFromPage, outlineSourceHtml, outlineSourceRoot } from './outline-source';

/**
 * A long note's outline list, whose items travel as HTML beside its parts, not in the page's data. The page is
 * drawn with both copies empty (NoteOutline draws one folded above the body, one beside it): the pre-render
 * writes the items once, in the side copy (after the body), inside <noscript>s (outline-source.ts). A reader
 * without scripts gets them there; a browser running scripts keeps them as one run of text, so it neither parses
 * tens of thousands of links before the body's first screen nor measures each (Chromium looks at every link
 * added to a page after its next layout: ~250 ms of one task on a phone per copy of a 20 MB note's outline).
 * The app draws each copy from that text, or fetches the items when it drew the note itself, a piece per frame,
 * the list busy until whole: the side copy once it is drawn (wide screens), the folded copy once unfolded. Key it by note: another
 * note's list starts empty. Its pieces are skipped by rendering while out of view, so neither the first layout
 * nor an appended piece lays out thousands of links.
 */
export function MovedOutlineList({ slug, folded }: { slug: string; folded: boolean }) {
  const list = useRef<HTMLDivElement>(null);
  // The folded copy is written empty, to be drawn by the app: busy from its first HTML, so a reader (or a test)
  // who unfolds it before the app has hydrated it does not take the empty list for a whole one with no items.
  const [busy, setBusy] = useState(folded);
  // Only the pre-render's bundle holds the items: in the browser this is null, and hydration keeps the HTML.
  const pieces = readOutline(slug);
  const html = pieces === undefined ? null : folded ? '' : outlineSourceHtml(slug, pieces);

  // A layout effect, so the empty list is busy before it is ever painted or read: with a plain effect, a
  // reader (or a test) could meet it empty and not busy, as if the outline were whole and had no items.
  useLayoutEffect(() => {
    const element = list.current;
    if (!element || element.querySelector('li')) return;
    let stopped = false;
    setBusy(true);
    const details = folded ? element.closest('details') : null;
    const draw = async () => {
      const items = outlineFromPage(slug, outlineSourceRoot(element)) ?? (await loadOutline(slug)) ?? [];
      for (const piece of items) {
        // A piece per frame: Chromium looks at every link added to the page at the next frame, all at once (its
        // navigation predictor), and pieces appended a task at a time met a frame in bunches. Reached by a link on
        // the phone reader, the 20 MB note's side outline cost one frame 557 ms of CPU that way.
        await nextFrame();
        if (stopped) return;
        element.insertAdjacentHTML('beforeend', piece);
      }
    };
    const start = () => {
      if (details && !details.open) return;
      details?.removeEventListener('toggle', start);
      // A failed fetch leaves the outline short, never the page broken: its headings are all in the body.
      draw().catch(() => {}).finally(() => !stopped && setBusy(false));
    };
    details?.addEventListener('toggle', start);
    // The side copy once it is drawn: below 1100 px it is not (note-page.css), and drawing its items there, a
    // piece per frame, cost a phone (CPU x4) the 20 MB note's 76 frames after hydrating with ~35 ms of script and
    // parsing each, for a list no reader sees. Widened past 1100 px, the page draws it then.
    const stopWaiting = details ? () => {} : whenDisplayed(element, start);
    if (details) start();
    return () => {
      stopped = true;
      stopWaiting();
      details?.removeEventListener('toggle', start);
    };
  }, [slug, folded]);

  // A list by role, not an <ol>: its children are the pieces (outline-html.ts), whose items are its items.
  return (
    <div
      ref={list}
      role="list"
      className="note-outline-list"
      aria-busy={busy || undefined}
      dangerouslySetInnerHTML={{ __html: html ?? '' }}
      suppressHydrationWarning={html === null}
    />
  );
}
