import { afterNextFrame } from '../../ui/next-task';
import { drawLaterPiece, holdsLaterSource } from './later-source';

/** What an idle callback is told: how much longer the browser expects to stay idle, in milliseconds. */
export interface IdleTime {
  timeRemaining: () => number;
}

/** What the page offers to run work when it is idle: requestIdleCallback, or a timeout where there is none. */
export type Idle = (work: (deadline: IdleTime) => void) => () => void;

// Where there is no requestIdleCallback, a timeout's turn is taken as this long.
const TIMEOUT_TURN_MS = 10;

const browserIdle: Idle = (work) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((deadline) => work(deadline));
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => {
    const end = performance.now() + TIMEOUT_TURN_MS;
    work({ timeRemaining: () => Math.max(0, end - performance.now()) });
  }, 50);
  return () => clearTimeout(id);
};

/**
 * How much of a group's HTML the page draws in a given time: learnt from the pieces it drew (the parse of their
 * HTML, most of the work, scales with it). A whole group (some 100 KB of the 20 MB note's HTML) was a task of
 * 50-100 ms of CPU on a phone (CPU x4), a slice of 24 KB 30-124 ms.
 */
export interface Pace {
  /** The characters of HTML to draw in `ms` milliseconds. */
  chars: (ms: number) => number;
  /** Tells it that `chars` characters took `ms` milliseconds. */
  learn: (chars: number, ms: number) => void;
}

// Characters per millisecond assumed before any piece is measured: a phone's (CPU x4) slowest seen, rounded down.
const FIRST_PACE = 150;
// The share of the time left that a piece is sized to fill: the parse's pace varies from piece to piece.
const FILL = 0.6;
// The least piece asked for: one small block or a few children of a part.
const LEAST_CHARS = 512;
/**
 * The most: the pace of a piece varies (a phone, CPU x4, drew 92-100 KB pieces in 48-73 ms), so a piece of about
 * 8 ms there overruns the time it was sized for by a few milliseconds at worst.
 */
export const MOST_CHARS = 8 * 1024;

/** A pace that is quick to slow down (a slow piece counts at once) and slow to speed up. */
export function createPace(first = FIRST_PACE): Pace {
  let perMs = first;
  return {
    chars: (ms) => Math.min(MOST_CHARS, Math.max(LEAST_CHARS, Math.floor(perMs * ms * FILL))),
    learn: (chars, ms) => {
      if (chars <= 0) return;
      const seen = chars / Math.max(ms, 0.5);
      perMs = seen < perMs ? seen : (perMs + seen) / 2;
    },
  };
}

// The page's pace, shared by the idle drawing and the drawing of groups the reader nears: one main thread.
const pagePace = createPace();

/** Draws a piece of `group` (drawLaterPiece) sized to `ms` by `pace`, and teaches the pace what it took. */
function drawTimedPiece(group: Element, ms: number, pace: Pace): void {
  const started = performance.now();
  const chars = drawLaterPiece(group, pace.chars(ms));
  pace.learn(chars, performance.now() - started);
}

/**
 * Below this much idle time left, the idle drawing waits for the browser's next idle period: an idle period is up to
 * 50 ms, and a callback that filled it, overrunning by a piece, was a long task (over 50 ms) each time.
 */
export const IDLE_MARGIN_MS = 10;
/**
 * The most one idle callback draws for, in milliseconds: with a piece's overrun, under 50 ms (a long task). Filling
 * each 50 ms idle period less the margin, the 20 MB note's page ran 274-351 tasks over 50 ms on a phone (CPU x4).
 */
export const IDLE_TASK_MS = 30;

/**
 * Draws, from the top down, every group of `groups` that still holds blocks as text, in pieces (drawLaterPiece),
 * as many per idle callback as its deadline leaves time for (less IDLE_MARGIN_MS, and IDLE_TASK_MS at most), so
 * that within seconds of the page's load the whole note is elements again (find in page, a screen reader's list
 * of headings) and no piece runs past the time the browser said it was idle for. Returns the function that stops it.
 */
export function drawLaterWhenIdle(groups: readonly Element[], idle: Idle = browserIdle, pace: Pace = pagePace): () => void {
  let next = 0;
  let cancel = () => {};
  const step = (deadline: IdleTime) => {
    const started = performance.now();
    while (next < groups.length) {
      const group = groups[next] as Element;
      if (!holdsLaterSource(group)) {
        next += 1;
        continue;
      }
      const left = Math.min(deadline.timeRemaining() - IDLE_MARGIN_MS, IDLE_TASK_MS - (performance.now() - started));
      if (left <= 0) break;
      drawTimedPiece(group, left, pace);
    }
    if (next < groups.length) cancel = idle(step);
  };
  cancel = idle(step);
  return () => cancel();
}

/** What gives the page its turn between two tasks of drawing: the next frame by default. */
export type Turn = (work: () => void) => () => void;

// The task after the frame's: the drawing neither delays the frame's paint nor shares its task.
const nextFrameTurn: Turn = afterNextFrame;

/** How long one task of drawing a group the reader nears may run, in milliseconds. */
export const NEAR_TASK_MS = 16;

/**
 * Draws `group` (a group the reader nears) from the top down in pieces, NEAR_TASK_MS of them a task, one task a
 * frame, then calls `done`: a group drawn at once was a task of 50-100 ms on a phone (CPU x4). It is near the view,
 * not in it (NEAR), and skipped by rendering while it is out of view, so its height does not change while drawn.
 * Returns the function that stops it (done is not called then).
 */
export function drawLaterSoon(group: Element, done: () => void, turn: Turn = nextFrameTurn, pace: Pace = pagePace, taskMs = NEAR_TASK_MS): () => void {
  let cancel = () => {};
  const step = () => {
    // At least a piece a task, so that the drawing goes on however little time a task has.
    const end = performance.now() + taskMs;
    do {
      if (!holdsLaterSource(group)) break;
      drawTimedPiece(group, Math.max(1, end - performance.now()), pace);
    } while (performance.now() < end);
    if (holdsLaterSource(group)) cancel = turn(step);
    else done();
  };
  step();
  return () => cancel();
}
