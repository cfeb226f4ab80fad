import { Suspense, use, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { answerEarlyPresses, type EarlyPresses } from './early-part-press';
import { whenNear } from './when-near';

/** A promise and the function that settles it. */
interface Gate {
  promise: Promise<void>;
  open: () => void;
  /** The part's pre-rendered HTML, shown again if React ever has to draw the part before it may hydrate. */
  html: string;
}

function gateFor(element: HTMLElement): Gate {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open, html: element.innerHTML };
}

// A part starts to load as it enters the view, not before: its pre-rendered HTML is already drawn, so only its
// interactivity waits (a fetch of its code), and a first visit that never scrolls to it fetches nothing.
const AHEAD = '0px';

// Its effect says when the part has hydrated. It wraps the part rather than sitting beside it: a sibling
// would change the tree's shape, and with it every useId inside, from the pre-rendered ones.
function WaitFor({ promise, onLive, children }: { promise: Promise<void>; onLive: () => void; children: ReactNode }) {
  use(promise);
  useEffect(onLive, [onLive]);
  return children;
}

/**
 * Keeps a pre-rendered part of the page as its HTML until it comes near the view, and only then hydrates
 * it, so the code it needs (a lazily loaded component inside) is not fetched on a first visit that never
 * scrolls to it. React keeps the HTML of a Suspense boundary that suspends while hydrating, so nothing
 * moves; should an update reach the waiting part (a context change above it), React draws the fallback,
 * which is the same HTML again, until the part may render. On a page drawn in the browser (a later
 * navigation) the children render at once. Wrap the caller in `memo` so the page's own re-renders do not
 * reach the waiting part. A press or focus inside the waiting part wakes it at once and is answered
 * (src/ui/early-part-press.ts), so a reader who reaches it before it hydrates loses no click.
 */
export function HydrateOnView({ children }: { children: ReactNode }) {
  // Only a part already on the page (pre-rendered, being hydrated) waits. Asked once, of the DOM, not of a
  // hook that would render this again after hydrating: that update would reach the waiting part.
  const id = useId();
  const [wait] = useState<Gate | null>(() => {
    const element = typeof document === 'undefined' ? null : document.getElementById(id);
    return element ? gateFor(element) : null;
  });
  const box = useRef<HTMLDivElement>(null);
  const presses = useRef<EarlyPresses | null>(null);
  const [onLive] = useState(() => () => presses.current?.live());
  useEffect(() => {
    const element = box.current;
    if (!wait) return undefined;
    // A reader of another language than the pre-rendered one (src/app/first-paint.ts) needs the part drawn
    // again in theirs at once, not an English part that turns Korean as it scrolls into view.
    const translating = document.documentElement.dataset.pendingLanguage !== undefined;
    if (!element || translating) {
      wait.open();
      return undefined;
    }
    presses.current = answerEarlyPresses(element, wait.open);
    const stopNear = whenNear(element, AHEAD, wait.open);
    return () => {
      stopNear();
      presses.current?.stop();
    };
  }, [wait]);
  // The fallback repeats the pre-rendered HTML in a box that takes no layout of its own (display: contents).
  const fallback = wait ? <div className="hydrate-on-view-html" dangerouslySetInnerHTML={{ __html: wait.html }} /> : null;
  return (
    <div ref={box} id={id} className="hydrate-on-view">
      <Suspense fallback={fallback}>{wait ? <WaitFor promise={wait.promise} onLive={onLive}>{children}</WaitFor> : children}</Suspense>
    </div>
  );
}
