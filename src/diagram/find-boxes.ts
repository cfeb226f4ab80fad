import { BOX_CORNERS, BOX_WALLS, isEdgeRun } from './glyphs.ts';
import { readOutline, type Outline, type OutlineRow } from './box-outline.ts';
import type { Token } from './lex-line.ts';
import type { Span } from './measure.ts';

const TABLE_WALLS = /[│┃║┼╬╋]/gu;

/** The inside of a box that holds a drawing of its own (a chain, nested boxes): read as a block by itself. */
export interface Interior {
  /** Line of the outer block the interior's first line is. */
  top: number;
  /** The text between the box's walls, line by line. */
  lines: string[];
}

/** One compartment of a drawn box: the text inside it and its extent on each line it covers. */
export interface BoxCompartment {
  texts: string[];
  rows: { row: number; span: Span }[];
  /** Set when the box frames a drawing (a group): its text is then only the title. */
  interior?: Interior;
}

/** A line's tokens once boxes are found: a box compartment stands for its walls and text on that line. */
export type Placed = Token | { kind: 'box'; id: number; span: Span };

interface Found {
  consumed: { row: number; index: number }[];
  compartments: BoxCompartment[];
}

function spanBetween(tokens: readonly Token[], a: number, b: number): Span | null {
  const from = tokens[a]?.span;
  const to = tokens[b]?.span;
  return from && to ? { c0: from.c0, c1: to.c1, d0: from.d0, d1: to.d1 } : null;
}

function claim(found: Found, row: number, tokens: readonly Token[], line: OutlineRow): void {
  const { joints } = line;
  const first = joints[0] ?? 0;
  const last = joints[joints.length - 1] ?? first;
  for (let i = first; i <= last; i++) found.consumed.push({ row, index: i });
  const count = found.compartments.length;
  found.compartments.forEach((c, k) => {
    // A bottom edge without the top's "┴" joints still closes every compartment: give each the whole width.
    const span = joints.length === count + 1 ? spanBetween(tokens, joints[k] ?? first, joints[k + 1] ?? last) : spanBetween(tokens, first, last);
    if (span) c.rows.push({ row, span });
  });
}

// Whether a line inside a box draws rather than writes: wiring, an up/down arrow, an arrow with no word on
// one side. "SQS → Lambda" is text; "↓" or a nested "┌──┐" is a drawing. A "├───┤" line separates.
function drawsInside(tokens: readonly Token[], joints: readonly number[]): boolean {
  const first = joints[0] ?? 0;
  const last = joints[joints.length - 1] ?? first;
  const opener = tokens[first];
  const separator = opener?.kind === 'wire' && BOX_WALLS.split.has(opener.ch);
  for (let i = first + 1; i < last; i++) {
    const t = tokens[i];
    if (!t || joints.includes(i) || t.kind === 'text') continue;
    if (separator && t.kind === 'wire' && isEdgeRun(t.ch)) continue;
    if (t.kind === 'arrow' && tokens[i - 1]?.kind === 'text' && tokens[i + 1]?.kind === 'text' && i - 1 > first && i + 1 < last) continue;
    return true;
  }
  return false;
}

// The text between two columns of a line (code points), as the author wrote it.
function slice(chars: readonly string[], from: Span | undefined, to: Span | undefined): string {
  return from && to ? chars.slice(from.c1, to.c0).join('') : '';
}

// "├──┼──┤" under a row of "│ a │ b │": a table of rows, one step of the flow, read as one box row by row.
function isTable(lines: readonly Token[][], outline: Outline): boolean {
  const separated = outline.sides.some((side) => {
    const opener = lines[side.row]?.[side.joints[0] ?? 0];
    return opener?.kind === 'wire' && BOX_WALLS.split.has(opener.ch);
  });
  return outline.top.joints.length > 2 && separated;
}

// A table's walls are read as its two outer walls only; the inner ones are blanked out of its text.
function asOneBox(outline: Outline): Outline {
  const outer = (row: OutlineRow): OutlineRow => ({ row: row.row, joints: [row.joints[0] ?? 0, row.joints[row.joints.length - 1] ?? 0] });
  return { ...outline, top: outer(outline.top), bottom: outer(outline.bottom), sides: outline.sides.map(outer) };
}

function readBox(lines: readonly Token[][], source: readonly string[][], drawn: Outline): Found | null {
  const table = isTable(lines, drawn);
  const outline = table ? asOneBox(drawn) : drawn;
  const topTokens = lines[outline.top.row] ?? [];
  const count = outline.top.joints.length - 1;
  const drawing = !table && outline.sides.some((side) => drawsInside(lines[side.row] ?? [], side.joints));
  if (drawing && count > 1) return null;
  const found: Found = { consumed: [], compartments: Array.from({ length: count }, () => ({ texts: [], rows: [] })) };
  claim(found, outline.top.row, topTokens, outline.top);
  const first = found.compartments[0] as BoxCompartment;
  if (outline.title) first.texts.push(outline.title);
  if (drawing) first.interior = { top: outline.top.row + 1, lines: [] };
  for (const side of outline.sides) {
    const tokens = lines[side.row] ?? [];
    const chars = source[side.row] ?? [];
    claim(found, side.row, tokens, side);
    if (first.interior) {
      first.interior.lines.push(slice(chars, tokens[side.joints[0] ?? 0]?.span, tokens[side.joints[side.joints.length - 1] ?? 0]?.span));
      continue;
    }
    found.compartments.forEach((c, k) => {
      const cut = slice(chars, tokens[side.joints[k] ?? 0]?.span, tokens[side.joints[k + 1] ?? 0]?.span);
      const text = (table ? cut.replace(TABLE_WALLS, ' ') : cut).replace(/\s+/g, ' ').trim();
      const opener = tokens[side.joints[0] ?? 0];
      // A "├───┤" separator line holds no text of its own.
      if (text !== '' && !(opener?.kind === 'wire' && BOX_WALLS.split.has(opener.ch) && /^[─━═┼\s]*$/.test(text))) c.texts.push(text);
    });
  }
  claim(found, outline.bottom.row, lines[outline.bottom.row] ?? [], outline.bottom);
  // "┌─ 제목 ─┐" over text: the title names the box's text ("제목: 본문"); over a drawing it names the group.
  if (outline.title && first.texts.length > 1 && !first.interior) first.texts[0] = `${outline.title}:`;
  return found;
}

/**
 * Finds closed boxes ("┌─┐ │ │ └─┘", with "┬" compartments and a title in the top edge) and replaces each
 * line's walls and text by them. A box framing a drawing keeps that drawing as its interior, to be read
 * as a block of its own.
 */
export function findBoxes(lines: readonly Token[][], text: readonly string[]): { lines: Placed[][]; compartments: BoxCompartment[] } {
  const source = text.map((line) => Array.from(line));
  const taken = lines.map(() => new Set<number>());
  const compartments: BoxCompartment[] = [];
  const boxAt = lines.map(() => new Map<number, number[]>());
  lines.forEach((tokens, row) => {
    tokens.forEach((t, index) => {
      if (t.kind !== 'wire' || !BOX_CORNERS.topLeft.has(t.ch) || taken[row]?.has(index)) return;
      const outline = readOutline(lines, row, index, taken);
      const found = outline && readBox(lines, source, outline);
      if (!found || found.consumed.some((c) => taken[c.row]?.has(c.index))) return;
      found.consumed.forEach((c) => taken[c.row]?.add(c.index));
      for (const compartment of found.compartments) {
        const id = compartments.push(compartment) - 1;
        for (const { row: r, span } of compartment.rows) {
          const anchor = (lines[r] ?? []).findIndex((x) => x.span.c0 === span.c0);
          const at = boxAt[r];
          if (at) at.set(anchor, [...(at.get(anchor) ?? []), id]);
        }
      }
    });
  });
  const placed = lines.map((tokens, row) => {
    const out: Placed[] = [];
    tokens.forEach((t, index) => {
      for (const id of boxAt[row]?.get(index) ?? []) {
        const span = compartments[id]?.rows.find((x) => x.row === row)?.span;
        if (span) out.push({ kind: 'box', id, span });
      }
      if (!taken[row]?.has(index)) out.push(t);
    });
    return out;
  });
  return { lines: placed, compartments };
}
