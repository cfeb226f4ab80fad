import type { Token } from './lex-line.ts';
import type { Span } from './measure.ts';

/** One compartment of a drawn box: the text inside it and its extent on each line it covers. */
export interface BoxCompartment {
  texts: string[];
  rows: { row: number; span: Span }[];
}

/** A line's tokens once boxes are found: a box compartment stands for its walls and text on that line. */
export type Placed = Token | { kind: 'box'; id: number; span: Span };

type Wire = Extract<Token, { kind: 'wire' }>;
const TOP_LEFT = new Set(['┌', '╭', '╔']);
const TOP_RIGHT = new Set(['┐', '╮', '╗']);
const BOTTOM_LEFT = new Set(['└', '╰', '╚']);
const BOTTOM_RIGHT = new Set(['┘', '╯', '╝']);
// "│ A │───▶ B │": an arrow drawn into a box may take the place of its left wall.
const LEFT_WALL = new Set(['│', '┃', '║', '▶', '►']);
const SPLIT_LEFT = new Set(['├', '╠']);
const WALL = new Set(['│', '┃', '║', '┤', '╣', '┼', '╬']);
const EDGE = new Set(['─', '━', '═', '┬', '┴', '┼', '╦', '╩', '╬']);
// Authors line walls up by eye, in char or display columns: allow a little slack either way.
const SLACK = 3;
const WALL_SLACK = 8;
// A box taller than this is not read as one box (and keeps the search bounded on huge blocks).
const MAX_HEIGHT = 60;

function near(a: Span, b: Span, slack: number): boolean {
  return Math.abs(a.c0 - b.c0) <= slack || Math.abs(a.d0 - b.d0) <= slack;
}

// Follows "┌──┬──┐" (or "└──┴──┘") from the corner at `at`; returns the token indices of the joints.
function followEdge(tokens: readonly Token[], at: number, ends: Set<string>): number[] | null {
  const joints = [at];
  let prev = tokens[at];
  for (let i = at + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!prev || t?.kind !== 'wire' || t.span.c0 !== prev.span.c1) return null;
    if (ends.has(t.ch)) return [...joints, i];
    if (!EDGE.has(t.ch)) return null;
    if (t.ch !== '─' && t.ch !== '━' && t.ch !== '═') joints.push(i);
    prev = t;
  }
  return null;
}

interface Found {
  consumed: { row: number; index: number }[];
  compartments: BoxCompartment[];
}

// The wall tokens of one line inside a box, lined up with the top edge's corners and "┬" joints.
function walls(tokens: readonly Token[], expected: readonly Span[], taken: ReadonlySet<number>): number[] | null {
  const left = expected[0];
  if (!left) return null;
  // The nearest wall glyph to the corner above (a real "│" before an arrowhead standing in for one).
  let first = -1;
  let firstDistance = Infinity;
  tokens.forEach((t, i) => {
    if (taken.has(i) || t.kind !== 'wire' || !(LEFT_WALL.has(t.ch) || SPLIT_LEFT.has(t.ch)) || !near(t.span, left, SLACK)) return;
    const distance = Math.min(Math.abs(t.span.c0 - left.c0), Math.abs(t.span.d0 - left.d0)) + (t.ch === '▶' || t.ch === '►' ? 0.5 : 0);
    if (distance < firstDistance) [first, firstDistance] = [i, distance];
  });
  if (first < 0) return null;
  const picked = [first];
  // Walls are taken in order, the next one after the last: trailing blanks inside a box vary line by line.
  for (const target of expected.slice(1)) {
    let next = -1;
    for (let i = (picked[picked.length - 1] ?? 0) + 1; i < tokens.length && next < 0; i++) {
      const t = tokens[i];
      if (t?.kind === 'wire' && WALL.has(t.ch)) next = i;
    }
    const wall = tokens[next];
    if (!wall || Math.min(Math.abs(wall.span.c0 - target.c0), Math.abs(wall.span.d0 - target.d0)) > WALL_SLACK) return null;
    picked.push(next);
  }
  return picked;
}

function claim(found: Found, row: number, tokens: readonly Token[], joints: readonly number[], compartments: number): void {
  const first = joints[0] ?? 0;
  const last = joints[joints.length - 1] ?? first;
  for (let i = first; i <= last; i++) found.consumed.push({ row, index: i });
  found.compartments.forEach((c, k) => {
    // A bottom edge without the top's "┴" joints still closes every compartment: give each the whole width.
    const [a, b] = joints.length === compartments + 1 ? [joints[k], joints[k + 1]] : [first, last];
    const from = tokens[a ?? first]?.span;
    const to = tokens[b ?? last]?.span;
    if (from && to) c.rows.push({ row, span: { c0: from.c0, c1: to.c1, d0: from.d0, d1: to.d1 } });
  });
}

// Reads the text of one line inside the box into its compartments; null when the line holds a drawing.
function readInside(tokens: readonly Token[], joints: readonly number[], found: Found): boolean {
  const firstToken = tokens[joints[0] ?? 0];
  const separator = firstToken?.kind === 'wire' && SPLIT_LEFT.has(firstToken.ch);
  for (let i = (joints[0] ?? 0) + 1; i < (joints[joints.length - 1] ?? 0); i++) {
    const t = tokens[i];
    if (!t || joints.includes(i)) continue;
    if (t.kind === 'text') {
      const k = joints.findIndex((j, n) => j < i && (joints[n + 1] ?? -1) > i);
      found.compartments[k]?.texts.push(t.text);
    } else if (!(separator && t.kind === 'wire' && EDGE.has(t.ch))) {
      // Arrows or wiring inside a box: a drawing inside a drawing, not one step of the flow.
      return false;
    }
  }
  return true;
}

function readBox(lines: readonly Token[][], row: number, at: number, taken: readonly Set<number>[]): Found | null {
  const topTokens = lines[row] ?? [];
  const top = followEdge(topTokens, at, TOP_RIGHT);
  if (!top) return null;
  const expected = top.map((i) => (topTokens[i] as Wire).span);
  const count = expected.length - 1;
  const found: Found = { consumed: [], compartments: expected.slice(1).map(() => ({ texts: [], rows: [] })) };
  claim(found, row, topTokens, top, count);
  for (let r = row + 1; r < Math.min(lines.length, row + MAX_HEIGHT); r++) {
    const tokens = lines[r] ?? [];
    const left = expected[0] as Span;
    const corner = tokens.findIndex((t, i) => !taken[r]?.has(i) && t.kind === 'wire' && BOTTOM_LEFT.has(t.ch) && near(t.span, left, SLACK));
    if (corner >= 0) {
      const bottom = followEdge(tokens, corner, BOTTOM_RIGHT);
      if (!bottom) return null;
      claim(found, r, tokens, bottom, count);
      return found;
    }
    const joints = walls(tokens, expected, taken[r] ?? new Set());
    if (!joints || !readInside(tokens, joints, found)) return null;
    claim(found, r, tokens, joints, count);
  }
  return null;
}

/** Finds closed boxes ("┌─┐ │ │ └─┘", with "┬" compartments) and replaces each line's walls and text by them. */
export function findBoxes(lines: readonly Token[][]): { lines: Placed[][]; compartments: BoxCompartment[] } {
  const taken = lines.map(() => new Set<number>());
  const compartments: BoxCompartment[] = [];
  const boxAt = lines.map(() => new Map<number, number[]>());
  lines.forEach((tokens, row) => {
    tokens.forEach((t, index) => {
      if (t.kind !== 'wire' || !TOP_LEFT.has(t.ch) || taken[row]?.has(index)) return;
      const found = readBox(lines, row, index, taken);
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
