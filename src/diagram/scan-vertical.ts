import type { Element, Item } from './build-cells.ts';
import { distanceTo, range, type Col } from './measure.ts';
import type { ColumnSpace } from './types.ts';

/** What an up/down link found on a line, and how far off its column it was. */
export interface Hit {
  item: Item;
  distance: number;
}

/** How many lines away up/down links look at most: enough for blank lines around an arrow, bounded on huge input. */
export const MAX_SCAN = 4;
const TIGHT = 2;
/** How far off its box an arrow may be drawn and still point at it. */
export const LOOSE = 8;

// A drawn left/right arrow ("→", "<--"), as opposed to a "─" of wiring that up/down lines may join.
function isSideways(elements: readonly Element[], item: Item | undefined): boolean {
  if (item === undefined || !('element' in item)) return false;
  const el = elements[item.element];
  return el !== undefined && el.arrow && !el.ports.includes('n');
}

// A left/right arrow under an up/down arrow is a near miss: a box close by is what the author meant.
function cost<S extends ColumnSpace>(elements: readonly Element[], item: Item, x: Col<S>, space: S): number {
  return distanceTo(item.span, x, space) + (isSideways(elements, item) ? TIGHT + 1 : 0);
}

// Plain wiring joins only glyphs that open towards it ("│" over "┘" is two drawings); arrows join anything.
function joins(elements: readonly Element[], item: Item, port: 'n' | 's' | null): boolean {
  return port === null || !('element' in item) || (elements[item.element]?.ports.includes(port) ?? false);
}

function nearest<S extends ColumnSpace>(
  items: readonly Item[], elements: readonly Element[], x: Col<S>, space: S, port: 'n' | 's' | null,
): (Hit & { index: number }) | null {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (range((items[mid] as Item).span, space)[1] <= x) lo = mid + 1;
    else hi = mid;
  }
  let best: (Hit & { index: number; cost: number }) | null = null;
  for (let index = Math.max(0, lo - 2); index <= Math.min(items.length - 1, lo + 1); index++) {
    const item = items[index] as Item;
    if (!joins(elements, item, port)) continue;
    const c = cost(elements, item, x, space);
    if (!best || c < best.cost || (c === best.cost && 'cell' in item && !('cell' in best.item))) {
      best = { item, index, cost: c, distance: distanceTo(item.span, x, space) };
    }
  }
  return best;
}

// Between "Tree 1 ← Sample A", an arrow that misses both boxes belongs to the one the side arrow points at.
function pointedAt<S extends ColumnSpace>(items: readonly Item[], elements: readonly Element[], hit: Hit & { index: number }, x: Col<S>, space: S): Hit {
  if (hit.distance === 0 || !('cell' in hit.item)) return hit;
  for (const [arrowAt, otherAt, head] of [[hit.index - 1, hit.index - 2, 'w'], [hit.index + 1, hit.index + 2, 'e']] as const) {
    const arrow = items[arrowAt];
    const other = items[otherAt];
    if (!arrow || !other || !('element' in arrow) || !('cell' in other) || !isSideways(elements, arrow)) continue;
    const [a, b] = range(arrow.span, space);
    const between = head === 'w' ? x >= range(other.span, space)[1] - 1 && x < b + TIGHT : x >= a - TIGHT && x < range(other.span, space)[0] + 1;
    if (between && elements[arrow.element]?.heads.includes(head)) return { item: other, distance: distanceTo(other.span, x, space) };
  }
  return hit;
}

// An arrow off every box on the line goes to the box that starts where the box at its other end starts.
function aligned<S extends ColumnSpace>(items: readonly Item[], x: Col<S>, start: Col<S> | undefined, space: S): Hit | null {
  if (start === undefined) return null;
  const item = items.find((i) => 'cell' in i && Math.abs(range(i.span, space)[0] - start) <= 1);
  return item && distanceTo(item.span, x, space) <= LOOSE ? { item, distance: distanceTo(item.span, x, space) } : null;
}

/**
 * Finds what an up/down port at column `x` of `row` joins: the nearest box or connector on the lines
 * above (`step` -1) or below (+1). Plain wiring must line up; an arrow may be drawn a little off.
 */
export function scanVertical<S extends ColumnSpace>(
  lines: readonly Item[][], elements: readonly Element[], row: number, x: Col<S>, step: 1 | -1,
  space: S, arrow: boolean, start?: Col<S>, tail = false,
): Hit | null {
  let firstBusy: Hit | null = null;
  for (let k = 1; k <= MAX_SCAN; k++) {
    const items = lines[row + step * k];
    if (!items) break;
    const found = nearest(items, elements, x, space, arrow ? null : step === 1 ? 'n' : 's');
    if (!found) continue;
    if (found.distance > 0 && arrow) {
      const other = aligned(items, x, start, space);
      if (other) return other;
    }
    // Leaving a row, an arrow leaves from where that row's side arrows lead; entering, it goes where drawn.
    // A box only a few columns off is what the arrow points at: it does not pass it by for a closer fit below.
    const hit = arrow && tail ? pointedAt(items, elements, found, x, space) : found;
    if (found.distance <= TIGHT || (arrow && 'cell' in hit.item && hit.distance <= 2 * TIGHT)) return hit;
    firstBusy ??= hit;
  }
  return arrow && firstBusy && firstBusy.distance <= LOOSE ? firstBusy : null;
}
