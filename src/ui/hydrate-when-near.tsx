import { useEffect, useRef, useState, type ReactNode } from 'react';
import { StaticCopy } from './static-copy';
import { whenNear } from './when-near';

// How far outside the viewport a part comes alive: a screen or two ahead of scrolling, so it is live on arrival.
export const NEAR = '1500px 0px';

/**
 * Draws `children` in the pre-render, but in the browser keeps that HTML as it is (static, unread by
 * hydration) until it comes near the viewport, and only then draws the live component in its place: a
 * long note's later diagrams and questions cost nothing while they are out of sight. Drawn by the app
 * itself (no pre-rendered HTML), the place stays empty until it comes near. `prepare` (a chunk of data
 * the live component reads) runs when it comes near, and the live component is drawn once it is done.
 * `widget` is the number its element carries as `data-widget`, so that a page keeping the HTML around it
 * static finds it there (src/routes/note/static-later-blocks.tsx).
 */
export function HydrateWhenNear({ children, className, prepare, widget }: { children: ReactNode; className?: string; prepare?: () => Promise<unknown>; widget?: number }) {
  const [live, setLive] = useState(false);
  const place = useRef<HTMLDivElement>(null);
  const prepared = useRef(prepare);
  useEffect(() => {
    const element = place.current;
    if (live || !element) return;
    let stopped = false;
    // What the live component needs (its data's chunk) is loaded first: the static HTML stays until then.
    const wake = () => void (prepared.current?.() ?? Promise.resolve()).then(() => !stopped && setLive(true), () => {});
    const stop = whenNear(element, NEAR, wake);
    return () => {
      stopped = true;
      stop();
    };
  }, [live]);
  // The pre-render's copy is static: its buttons are only places (StaticCopy), drawn by the live component.
  if (import.meta.env.SSR) return <div className={className} data-widget={widget}><StaticCopy value>{children}</StaticCopy></div>;
  // Keyed apart: the live component is drawn afresh in a new element, never diffed against the static HTML.
  if (live) return <div key="live" className={className} data-widget={widget}>{children}</div>;
  return <div key="static" ref={place} className={className} data-widget={widget} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;
}
