import type { Item, Layout } from './build-cells.ts';
import { overlap, range, type Span } from './measure.ts';
import type { ColumnSpace } from './types.ts';

/** Where a piece of text that no arrow reaches goes: a title, an annotation, or a node after all. */
export type Placement = 'title' | 'annotation' | 'node';

/** A cell's text once its lines are joined, where it starts and ends, and the lines it spans. */
export interface CellText {
  root: number;
  label: string;
  row: number;
  lastRow: number;
  col: number;
  end: number;
  span: Span;
}

const sideArrow = (layout: Layout, item: Item) =>
  'element' in item && (layout.elements[item.element]?.arrow ?? false) && !(layout.elements[item.element]?.ports.includes('n') ?? true);

// A lone line with no arrows of its own, right over a row of side arrows, names that row ("1단계: 수집").
function headsArrowRow(layout: Layout, row: number): boolean {
  const own = layout.lines[row] ?? [];
  return own.length === 1 && (layout.lines[row + 1] ?? []).some((item) => sideArrow(layout, item));
}

// "Site (zone)" right over the top edge of a drawn box names that box (or the group it frames).
function namesBox<S extends ColumnSpace>(layout: Layout, text: CellText, space: S): boolean {
  if (text.row !== text.lastRow) return false;
  return (layout.lines[text.row + 1] ?? []).some((item) => 'cell' in item && layout.boxes.has(item.cell) &&
    layout.cells[item.cell]?.parts[0]?.row === text.row + 1 && overlap(item.span, text.span, space) > 0);
}

/**
 * Decides where a cell that no arrow reaches goes. A line ending in ":" or heading a row of arrows, or
 * written right over a drawn box, titles it; a drawn box stays a node (a member of its group); any other
 * text is a note beside the drawing: an annotation.
 */
export function placeLoose<S extends ColumnSpace>(layout: Layout, text: CellText, space: S, stepRows: ReadonlySet<number>): Placement {
  if (layout.boxes.has(text.root)) return 'node';
  const oneLine = text.row === text.lastRow && !stepRows.has(text.row);
  if (oneLine && (/[:：]$/.test(text.label) || headsArrowRow(layout, text.row))) return 'title';
  if (namesBox(layout, text, space)) return 'title';
  return 'annotation';
}

/** Gathers every cell's pieces into one text per merged cell, in the chosen column space. */
export function cellTexts<S extends ColumnSpace>(layout: Layout, owner: readonly number[], space: S): Map<number, CellText & { texts: string[] }> {
  const groups = new Map<number, CellText & { texts: string[] }>();
  owner.forEach((root, cell) => {
    for (const part of layout.cells[cell]?.parts ?? []) {
      const [c0, c1] = range(part.span, space);
      const g = groups.get(root) ?? { root, label: '', row: part.row, lastRow: part.row, col: c0, end: c1, span: part.span, texts: [] };
      groups.set(root, g);
      g.row = Math.min(g.row, part.row);
      g.lastRow = Math.max(g.lastRow, part.row);
      g.col = Math.min(g.col, c0);
      g.end = Math.max(g.end, c1);
      g.span = {
        c0: Math.min(g.span.c0, part.span.c0) as Span['c0'], c1: Math.max(g.span.c1, part.span.c1) as Span['c1'],
        d0: Math.min(g.span.d0, part.span.d0) as Span['d0'], d1: Math.max(g.span.d1, part.span.d1) as Span['d1'],
      };
      g.texts.push(part.text);
    }
  });
  return groups;
}
