import type { BoxCompartment, Interior, Placed } from './find-boxes.ts';
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
  /** A down arrow with nothing under it leads to its own label, read as this cell. */
  own?: number;
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
  /** Elements that are a "+" line between two boxes: the two are one step, side by side. */
  joiners: Set<number>;
  /** Box cells that frame a drawing of their own (groups), with that drawing's text. */
  interiors: Map<number, Interior>;
}

// A line holding only "+" or "&" joins the box above it and the box below it into one step.
const JOINER = /^[+&]$/;

const HEADS: Record<'right' | 'left' | 'both' | 'none', Side[]> = { right: ['e'], left: ['w'], both: ['e', 'w'], none: [] };

/** Places text cells, box compartments and elements of every line, one cell per text piece. */
export function layOut(placed: readonly Placed[][], compartments: readonly BoxCompartment[]): Layout {
  const cells: Cell[] = [];
  const elements: Element[] = [];
  const anchored = new Set<number>();
  const joiners = new Set<number>();
  const boxCell = new Map<number, number>();
  const interiors = new Map<number, Interior>();
  const lines = placed.map((tokens, row) =>
    tokens.map((t, i): Item => {
      if (t.kind === 'box') {
        let cell = boxCell.get(t.id);
        if (cell === undefined) {
          const c = compartments[t.id];
          const first = c?.rows[0];
          cell = cells.push({ parts: first ? [{ row: first.row, span: first.span, text: (c?.texts ?? []).join(' ') }] : [] }) - 1;
          boxCell.set(t.id, cell);
          if (c?.interior) interiors.set(cell, c.interior);
        }
        return { span: t.span, cell };
      }
      if (t.kind === 'text' && tokens.length === 1 && JOINER.test(t.text.trim())) {
        const element = elements.push({ row, span: t.span, ports: [], heads: [], arrow: false, ch: t.text.trim() }) - 1;
        joiners.add(element);
        return { span: t.span, element };
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
          : { row, span: t.span, ports: t.shape.ports, heads: t.shape.head ? [t.shape.head] : [], label: t.label, arrow: t.shape.head !== undefined, ch: t.ch } as Element;
      // "Input ↗" feeds the box the row above leads to; "A ↘" feeds the one below: the text is its tail.
      const before = tokens[i - 1];
      if (t.kind === 'wire' && (t.ch === '↗' || t.ch === '↘') && before?.kind === 'text' && t.span.d0 - before.span.d1 <= 2) {
        element.ports = ['w', t.ch === '↗' ? 'n' : 's'];
      }
      // "↓ some step" over a blank line (or the block's end) leads to its own label: the label is the step.
      if (t.kind === 'wire' && t.label && t.shape.head === 's' && (placed[row + 1] ?? []).length === 0) {
        element.own = cells.push({ parts: [{ row, span: t.span, text: t.label.trim() }] }) - 1;
        delete element.label;
      }
      return { span: t.span, element: elements.push(element) - 1 };
    }),
  );
  return { cells, elements, lines, anchored, boxes: new Set(boxCell.values()), joiners, interiors };
}
