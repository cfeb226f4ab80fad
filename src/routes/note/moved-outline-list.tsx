import { useLayoutEffect, useRef, useState } from 'react';
import { loadOutline, readOutline } from 'virtual:examflow/note-parts';
import { nextTask } from '../../ui/next-task';

/**
 * A long note's outline list, whose items travel as HTML beside its parts, not in the page's data. The
 * pre-render draws them all; hydration keeps them unread (thousands of links are no work for React); when
 * the app draws the note itself, the items are fetched and appended a piece per task, the list busy until
 * whole. Key it by note: another note's list starts empty. Its pieces are skipped by rendering while out of
 * view, so neither the first layout nor an appended piece lays out thousands of links.
 */
export function MovedOutlineList({ slug }: { slug: string }) {
  const list = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  // Only the pre-render's bundle holds the items: in the browser this is null, and hydration keeps the HTML.
  const html = readOutline(slug)?.join('') ?? null;

  // A layout effect, so the empty list is busy before it is ever painted or read: with a plain effect, a
  // reader (or a test) could meet it empty and not busy, as if the outline were whole and had no items.
  useLayoutEffect(() => {
    const element = list.current;
    if (!element || element.childNodes.length > 0) return;
    let stopped = false;
    setBusy(true);
    const draw = async () => {
      for (const piece of (await loadOutline(slug)) ?? []) {
        if (stopped) return;
        element.insertAdjacentHTML('beforeend', piece);
        await nextTask();
      }
    };
    // A failed fetch leaves the outline short, never the page broken: its headings are all in the body.
    draw().catch(() => {}).finally(() => !stopped && setBusy(false));
    return () => {
      stopped = true;
    };
  }, [slug]);

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
