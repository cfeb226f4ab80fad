import type { BoxCompartment, Placed } from './find-boxes.ts';
import type { Side } from './glyphs.ts';
import type { Span } from './measure.ts';

/** One line's worth of a node's text. */
export interface CellPart {
  row: number;
  span: Span;
  text: string;
}

/** A node before ids: the text pieces that make it up, top to bottom. */
export interface Cell {
  parts: CellPart[];
}

/** An arrow or connector glyph: the sides it joins and the sides its arrowheads point to. */
export interface Element {
  row: number;
  span: Span;
  ports: readonly Side[];
  heads: readonly Side[];
  label?: string;
  /** True for a drawn arrow ("→", "↓", "-->"), false for plain wiring ("│", "├", "─"). */
  arrow: boolean;
  /** The glyph, for one-glyph elements. */
  ch?: string;
}

/** Something on a line at a place: a piece of a node or an element. */
export type Item = { span: Span; cell: number } | { span: Span; element: number };

/** The block read into cells and elements, with every line's items in reading order. */
export interface Layout {
  cells: Cell[];
  elements: Element[];
  lines: Item[][];
  /** Cell pieces that start a line with a connector on their left: tree branches ("├── X"). */
  anchored: Set<number>;
  /** Cells that are drawn boxes: complete already, never joined with other lines. */
  boxes: Set<number>;
}

const HEADS: Record<'right' | 'left' | 'both' | 'none', Side[]> = { right: ['e'], left: ['w'], both: ['e', 'w'], none: [] };

/** Places text cells, box compartments and elements of every line, one cell per text piece. */
export function layOut(placed: readonly Placed[][], compartments: readonly BoxCompartment[]): Layout {
  const cells: Cell[] = [];
  const elements: Element[] = [];
  const anchored = new Set<number>();
  const boxCell = new Map<number, number>();
  const lines = placed.map((tokens, row) =>
    tokens.map((t, i): Item => {
      if (t.kind === 'box') {
        let cell = boxCell.get(t.id);
        if (cell === undefined) {
          const c = compartments[t.id];
          const first = c?.rows[0];
          cell = cells.push({ parts: first ? [{ row: first.row, span: first.span, text: (c?.texts ?? []).join(' ') }] : [] }) - 1;
          boxCell.set(t.id, cell);
        }
        return { span: t.span, cell };
      }
      if (t.kind === 'text') {
        const cell = cells.push({ parts: [{ row, span: t.span, text: t.text.trim() }] }) - 1;
        const prev = tokens[i - 1];
        if (prev?.kind === 'wire' && prev.span.c1 >= t.span.c0 - 2) anchored.add(cell);
        return { span: t.span, cell };
      }
      const element =
        t.kind === 'arrow'
          ? { row, span: t.span, ports: ['w', 'e'] as Side[], heads: HEADS[t.dir], label: t.label, arrow: true }
          : { row, span: t.span, ports: t.shape.ports, heads: t.shape.head ? [t.shape.head] : [], label: t.label, arrow: t.shape.head !== undefined, ch: t.ch };
      return { span: t.span, element: elements.push(element) - 1 };
    }),
  );
  return { cells, elements, lines, anchored, boxes: new Set(boxCell.values()) };
}
