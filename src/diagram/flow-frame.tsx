import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { diagramMessages } from '../i18n/messages/diagram';
import { useWords } from '../i18n/use-words';
import { watchSize } from '../ui/size-watch';

/** Props of {@link FlowFrame}. */
export interface FlowFrameProps {
  children: ReactNode;
  /** Id of the element that names the flow. */
  labelledBy: string;
  /** Id of the keyboard hint of the boxes. */
  describedBy: string;
  /** Id to give the scroll hint, so the full-screen control can point at it. */
  hintId: string;
  /**
   * Whether the scroll hint keeps its place, unseen, while the flow fits. The frame's width is known only
   * once the page runs, so a pre-rendered flow that turns out wider than its frame would push what follows
   * down as the hint appears; a page drawn before its app starts (a note's practice) keeps the place.
   */
  keepHintPlace?: boolean;
  /**
   * The drawing's width in CSS pixels. With keepHintPlace, the place is marked with the frame width from which the
   * drawing fits (hintPlaceClass), so CSS can take the place away where no hint will come: a place under every
   * flow that fits would be a gap.
   */
  drawingWidth?: number;
}

interface Edges {
  wide: boolean;
  atStart: boolean;
  atEnd: boolean;
}

// What the frame takes of its width besides the drawing: its canvas's borders and padding (flow-diagram.css), and
// the pixel of slack the frame allows before it calls a drawing wide.
const FRAME_CHROME = 9;
// The steps of frame width the CSS knows (note-page.css: a container query per step, 40 px to 880 px).
const STEP = 40;

/**
 * The class of a hint place under a drawing `drawingWidth` px wide: `flow-fits-from-N`, N the first step of frame
 * width at which the drawing fits. Rounded up, so a frame just narrower than N keeps a place it might not need,
 * never the reverse: a gap of a line or two, never a shift.
 */
export function hintPlaceClass(drawingWidth: number): string {
  return `flow-fits-from-${Math.ceil((drawingWidth + FRAME_CHROME) / STEP) * STEP}`;
}

const same = (a: Edges, b: Edges) => a.wide === b.wide && a.atStart === b.atStart && a.atEnd === b.atEnd;

/**
 * The frame a flow is drawn in at its own size. When the drawing is wider than the frame, the frame scrolls
 * sideways, fades at the edge that hides more, and says so in a hint fitted to the device (keys or touch).
 */
export function FlowFrame({ children, labelledBy, describedBy, hintId, keepHintPlace = false, drawingWidth }: FlowFrameProps) {
  const words = useWords(diagramMessages);
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<Edges>({ wide: false, atStart: true, atEnd: true });
  // What the frame's size says, read apart from drawing it (see watchSize).
  const read = useCallback(() => {
    const el = ref.current;
    if (!el) return undefined;
    // One pixel of slack: sub-pixel layout can leave scrollWidth a hair over clientWidth.
    const next = {
      wide: el.scrollWidth > el.clientWidth + 1,
      atStart: el.scrollLeft <= 1,
      atEnd: el.scrollLeft + el.clientWidth >= el.scrollWidth - 1,
    };
    return () => setEdges((prev) => (same(prev, next) ? prev : next));
  }, []);
  const onScroll = useCallback(() => read()?.(), [read]);
  useLayoutEffect(() => {
    const el = ref.current;
    return el ? watchSize([el, ...(el.firstElementChild ? [el.firstElementChild] : [])], read) : undefined;
  }, [read]);

  const classes = ['flow-frame'];
  if (edges.wide && !edges.atStart) classes.push('flow-fade-start');
  if (edges.wide && !edges.atEnd) classes.push('flow-fade-end');
  return (
    <>
      <div className={classes.join(' ')}>
        <div
          ref={ref}
          className="flow-canvas"
          role="group"
          aria-labelledby={labelledBy}
          aria-describedby={edges.wide ? `${describedBy} ${hintId}` : describedBy}
          onScroll={onScroll}
        >
          {children}
        </div>
      </div>
      {(edges.wide || keepHintPlace) && (
        <p
          id={hintId}
          className={edges.wide ? 'flow-scroll-hint' : `flow-scroll-hint is-unneeded${drawingWidth === undefined ? '' : ` ${hintPlaceClass(drawingWidth)}`}`}
          data-scroll-hint={edges.wide ? '' : undefined}
          aria-hidden={edges.wide ? undefined : true}
        >
          <span>{words('scrollHint')}</span> <span className="flow-hint-keys">{words('scrollHintKeys')}</span>
          <span className="flow-hint-touch">{words('scrollHintTouch')}</span>
        </p>
      )}
    </>
  );
}
