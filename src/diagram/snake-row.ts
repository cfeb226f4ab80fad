import { isAnswer } from './answers.ts';
import type { Element, Item, Layout } from './build-cells.ts';
import { range } from './measure.ts';
import { MAX_SCAN } from './scan-vertical.ts';
import type { ColumnSpace } from './types.ts';

type CellItem = Extract<Item, { cell: number }>;

// The boxes of a line that is one chain of left/right arrows, in flow order; null for any other line.
function chainOf(line: readonly Item[], elements: readonly Element[]): CellItem[] | null {
  // A tree's branch ("└─ a → B") is a row too, after its connector.
  const lead = line.findIndex((item) => !('element' in item) || (elements[item.element]?.arrow ?? true));
  const items = line.slice(Math.max(0, lead));
  if (items.length < 3 || items.length % 2 === 0) return null;
  const cells: CellItem[] = [];
  let dir: string | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    if (i % 2 === 0) {
      if (!('cell' in item)) return null;
      cells.push(item);
      continue;
    }
    const el = 'element' in item ? elements[item.element] : undefined;
    if (!el || !el.arrow || el.ports.includes('n') || el.heads.length !== 1) return null;
    const head = el.heads[0] ?? '';
    if (dir !== null && dir !== head) return null;
    dir = head;
  }
  return dir === 'w' ? cells.reverse() : cells;
}

/**
 * A row on a vertical spine ("A → B" over a lone "↓" under A, then the next row) reads in writing order:
 * the arrow leaving the row goes on from the row's last box, not from the box it happens to be drawn under.
 * Only when the arrow is alone on its line and under the row's first box; an arrow under a middle box is a
 * branch from that box. Returns the box the arrow really leaves from, or null to keep `hit`.
 */
export function snakeSource<S extends ColumnSpace>(layout: Layout, arrowRow: number, hit: Item, space: S): Item | null {
  if (!('cell' in hit) || layout.boxes.has(hit.cell)) return null;
  if ((layout.lines[arrowRow] ?? []).length !== 1) return null;
  let row = -1;
  for (let r = arrowRow - 1; r >= Math.max(0, arrowRow - MAX_SCAN) && row < 0; r--) if (layout.lines[r]?.includes(hit)) row = r;
  const chain = chainOf(layout.lines[row] ?? [], layout.elements);
  if (!chain || chain[0] !== hit) return null;
  // "Q? → YES → A" over "↓": a decision's row; the arrow under the question is its other answer.
  if (chain.slice(1).some((item) => isAnswer(layout.cells[item.cell]?.parts[0]?.text ?? ''))) return null;
  const last = chain[chain.length - 1];
  // Drawn under the last box as well (right to left rows): nothing to move.
  if (!last || range(last.span, space)[0] === range(hit.span, space)[0]) return null;
  return last;
}
