import { edgeKey } from './flow-graph.ts';
import { displayWidth } from './measure.ts';
import type { Diagram } from './types.ts';

/** A node's box in SVG units, with its label cut into lines. */
export interface BoxLayout {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** An edge drawn as an SVG path, with a place for its label. */
export interface EdgeLayout {
  key: string;
  from: string;
  to: string;
  label?: string;
  path: string;
  labelX: number;
  labelY: number;
}

/** A title line ("기존 File 모드:") drawn as plain text on its own row. */
export interface TitleLayout {
  text: string;
  x: number;
  /** Baseline of the text. */
  y: number;
}

/** Everything the SVG view needs to draw a diagram, in SVG units. */
export interface FlowLayout {
  width: number;
  height: number;
  boxes: BoxLayout[];
  edges: EdgeLayout[];
  titles: TitleLayout[];
}

/** Width of one display column of text in SVG units (13px type: Hangul takes two columns). */
export const COLUMN = 7.6;
/** Height of one line of text in SVG units. */
export const LINE = 17;
const PAD_X = 10;
const PAD_Y = 8;
const ROW_GAP = 44;
const MIN_GAP = 28;
const MARGIN = 8;
// Long labels wrap at about this many display columns so a box stays readable on a phone.
const WRAP = 24;

/**
 * Cuts a label into lines of at most `wrap` display columns, at spaces where it can. Each word and each glyph
 * is measured once: a label is wrapped for every diagram a page hydrates, so this runs on the page's first task.
 */
export function wrapLabel(label: string, wrap = WRAP): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of label.split(' ')) {
    const wordWidth = displayWidth(word);
    if (line === '') [line, width] = [word, wordWidth];
    else if (width + 1 + wordWidth <= wrap) [line, width] = [`${line} ${word}`, width + 1 + wordWidth];
    else {
      lines.push(line);
      [line, width] = [word, wordWidth];
    }
    // A single word wider than a line is cut where it overflows (never before its first glyph).
    while (width > wrap) {
      let cut = '';
      let cutWidth = 0;
      for (const ch of line) {
        const chWidth = displayWidth(ch);
        if (cut !== '' && cutWidth + chWidth > wrap) break;
        cut += ch;
        cutWidth += chWidth;
      }
      lines.push(cut);
      line = line.slice(cut.length);
      width -= cutWidth;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

function anchor(a: BoxLayout, b: BoxLayout, rankA: number, rankB: number): [number, number, number, number] {
  if (rankA === rankB) {
    const rightward = b.x >= a.x;
    return [rightward ? a.x + a.width : a.x, a.y + a.height / 2, rightward ? b.x : b.x + b.width, b.y + b.height / 2];
  }
  const down = rankB > rankA;
  const left = Math.max(a.x, b.x);
  const right = Math.min(a.x + a.width, b.x + b.width);
  // Boxes stacked over each other get a straight arrow through their shared columns.
  const [sx, ex] = right - left > 12 ? [(left + right) / 2, (left + right) / 2] : [a.x + a.width / 2, b.x + b.width / 2];
  return [sx, down ? a.y + a.height : a.y, ex, down ? b.y : b.y + b.height];
}

/** Lays a diagram out on the author's own grid: rows as drawn (compressed), columns as drawn. */
export function layoutDiagram(diagram: Diagram): FlowLayout {
  // Annotations on a line of their own (a caption under a row) are drawn like titles, as plain text.
  const loose = [...diagram.titles, ...diagram.annotations];
  const rows = [...new Set([...diagram.nodes.map((n) => n.row), ...loose.map((t) => t.row)])].sort((a, b) => a - b);
  const rankOf = new Map(rows.map((row, rank) => [row, rank]));
  const boxes = diagram.nodes.map((n): BoxLayout & { rank: number } => {
    const lines = wrapLabel(n.label);
    const width = Math.max(...lines.map((l) => displayWidth(l))) * COLUMN + 2 * PAD_X;
    return { id: n.id, rank: rankOf.get(n.row) ?? 0, x: MARGIN + n.col * COLUMN, y: 0, width, height: lines.length * LINE + 2 * PAD_Y, lines };
  });
  let y = MARGIN;
  const titles: TitleLayout[] = [];
  rows.forEach((row, rank) => {
    const inRow = boxes.filter((b) => b.rank === rank).sort((a, b) => a.x - b.x);
    if (inRow.length === 0) {
      for (const t of loose.filter((title) => title.row === row)) {
        titles.push({ text: t.text, x: MARGIN + t.col * COLUMN, y: y + LINE });
      }
      y += LINE + PAD_Y + ROW_GAP / 2;
      return;
    }
    let right = -Infinity;
    for (const box of inRow) {
      box.x = Math.max(box.x, right + MIN_GAP);
      box.y = y;
      right = box.x + box.width;
    }
    y += Math.max(...inRow.map((b) => b.height)) + ROW_GAP;
  });
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const keys = new Set(diagram.edges.map(edgeKey));
  // Sources with two or more branches hanging below and to their right are drawn as trees.
  const branches = new Map<string, number>();
  for (const e of diagram.edges) {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (a && b && b.rank > a.rank && b.x > a.x + 16) branches.set(e.from, (branches.get(e.from) ?? 0) + 1);
  }
  const edges = diagram.edges.flatMap((e): EdgeLayout[] => {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (!a || !b) return [];
    let [sx, sy, ex, ey] = anchor(a, b, a.rank, b.rank);
    // A two-way pair is drawn as two arrows side by side, not on top of each other.
    const shift = keys.has(`${e.to}>${e.from}`) ? (e.from < e.to ? -4 : 4) : 0;
    if (a.rank === b.rank) [sy, ey] = [sy + shift, ey + shift];
    else [sx, ex] = [sx + shift, ex + shift];
    const midY = (sy + ey) / 2;
    // A tree branch runs down the parent's left side, then across to the child.
    if (b.rank > a.rank && b.x > a.x + 16 && (branches.get(e.from) ?? 0) >= 2) {
      const trunk = a.x + 14 + shift;
      const y = b.y + b.height / 2;
      return [{ key: edgeKey(e), from: e.from, to: e.to, label: e.label, path: `M ${trunk} ${a.y + a.height} V ${y} H ${b.x}`, labelX: trunk + 4, labelY: (a.y + a.height + y) / 2 }];
    }
    const path = a.rank === b.rank ? `M ${sx} ${sy} L ${ex} ${ey}` : `M ${sx} ${sy} C ${sx} ${midY}, ${ex} ${midY}, ${ex} ${ey}`;
    return [{ key: edgeKey(e), from: e.from, to: e.to, label: e.label, path, labelX: (sx + ex) / 2, labelY: midY }];
  });
  // Edge labels count too, so a label beside the rightmost arrow is not cut off at the drawing's edge.
  const labelEnds = edges.map((e) => (e.label ? e.labelX + 4 + displayWidth(e.label) * COLUMN : 0));
  const width = Math.max(0, ...boxes.map((b) => b.x + b.width), ...titles.map((t) => t.x + displayWidth(t.text) * COLUMN), ...labelEnds) + MARGIN;
  const height = Math.max(y - ROW_GAP + MARGIN, 2 * MARGIN);
  return { width, height, boxes: boxes.map(({ rank: _rank, ...b }) => b), edges, titles };
}
