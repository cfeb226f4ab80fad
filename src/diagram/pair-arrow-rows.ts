import type { Item, Layout } from './build-cells.ts';

/** Where an up/down arrow's ends land when its row is paired with the rows around it by order. */
export type PairedEnds = Map<number, { n?: Item; s?: Item }>;

const NEAR = 2;

function isUpDown(layout: Layout, item: Item): boolean {
  if (!('element' in item)) return false;
  const el = layout.elements[item.element];
  return el !== undefined && el.ports.includes('n') && el.ports.includes('s') && !el.ports.includes('e');
}

// The boxes of the nearest line with anything on it, if that line holds only boxes and left/right arrows.
function boxesOf(layout: Layout, row: number, step: 1 | -1): Item[] | null {
  for (let r = row + step, k = 0; r >= 0 && r < layout.lines.length && k < NEAR; r += step, k++) {
    const items = layout.lines[r] ?? [];
    if (items.length === 0) continue;
    if (items.some((item) => 'element' in item && !(layout.elements[item.element]?.ports.every((p) => p === 'w' || p === 'e')))) return null;
    return items.filter((item) => 'cell' in item);
  }
  return null;
}

/**
 * A row of only up/down arrows under a row of as many boxes means "one arrow per box", even when the
 * author's spacing drifts (Hangul widths, hand alignment): pair the k-th arrow with the k-th box. Arrows
 * from or to a line holding a single box all end at that box.
 */
export function pairArrowRows(layout: Layout): PairedEnds {
  const paired: PairedEnds = new Map();
  layout.lines.forEach((items, row) => {
    if (items.length < 2 || !items.every((item) => isUpDown(layout, item))) return;
    for (const [side, step] of [['n', -1], ['s', 1]] as const) {
      const boxes = boxesOf(layout, row, step);
      // Several arrows into (or out of) a line with one box all meet at that box.
      if (!boxes || (boxes.length !== items.length && boxes.length !== 1)) continue;
      items.forEach((item, k) => {
        if (!('element' in item)) return;
        const ends = paired.get(item.element) ?? {};
        ends[side] = boxes.length === 1 ? boxes[0] : boxes[k];
        paired.set(item.element, ends);
      });
    }
  });
  return paired;
}
