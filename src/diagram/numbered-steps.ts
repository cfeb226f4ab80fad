import type { Item, Layout } from './build-cells.ts';
import type { CellEdge } from './read-groups.ts';

// "1. 수집" or "2) 정제": a step's number, when the line opens with one.
const NUMBER = /^\s*(\d{1,2})[.)]\s/;

function numberOf(layout: Layout, row: number): number | null {
  const first = layout.lines[row]?.[0];
  if (!first || !('cell' in first)) return null;
  const match = NUMBER.exec(layout.cells[first.cell]?.parts[0]?.text ?? '');
  return match ? Number(match[1]) : null;
}

// Where a numbered line's flow ends: the last box of a row of right arrows, else its first box.
function lastBox(layout: Layout, row: number): Item | undefined {
  const items = layout.lines[row] ?? [];
  const rightward = items.every((item, i) => (i % 2 === 0 ? 'cell' in item : 'element' in item && layout.elements[item.element]?.heads.join('') === 'e'));
  return rightward && items.length % 2 === 1 ? items[items.length - 1] : items[0];
}

/**
 * Lines numbered one after another ("1. A", "2. B", "3. C → D") are steps in that order: each goes on from
 * the end of the line before. Returns those edges (between owner cells) and the rows that are steps.
 */
export function numberedSteps(layout: Layout, owner: readonly number[]): { edges: CellEdge[]; rows: Set<number> } {
  const edges: CellEdge[] = [];
  const rows = new Set<number>();
  for (let row = 1; row < layout.lines.length; row++) {
    const n = numberOf(layout, row);
    if (n === null || numberOf(layout, row - 1) !== n - 1) continue;
    const from = lastBox(layout, row - 1);
    const to = layout.lines[row]?.[0];
    if (!from || !to || !('cell' in from) || !('cell' in to)) continue;
    rows.add(row - 1).add(row);
    edges.push({ from: owner[from.cell] ?? from.cell, to: owner[to.cell] ?? to.cell });
  }
  return { edges, rows };
}
