import { BOX_CORNERS, BOX_WALLS, isEdgeRun } from './glyphs.ts';
import type { Token } from './lex-line.ts';
import type { Span } from './measure.ts';

type Wire = Extract<Token, { kind: 'wire' }>;

/** The walls of a drawn box on one line: token indices of its left wall, its inner "┬" joints and its right wall. */
export interface OutlineRow {
  row: number;
  joints: number[];
}

/** A closed box found by its corners: the top and bottom edges, the walls on every line between, a title. */
export interface Outline {
  top: OutlineRow;
  bottom: OutlineRow;
  sides: OutlineRow[];
  /** Text written in the top edge ("┌─── Title ───┐"), if any. */
  title?: string;
}

// Authors line walls up by eye, in char or display columns, and Hangul makes right walls ragged: a corner
// must sit close to the one above it, a wall only roughly where the top edge said.
const SLACK = 3;
const WALL_SLACK = 8;
// A box taller than this is not read as one box (and keeps the search bounded on huge blocks).
const MAX_HEIGHT = 60;

function offBy(a: Span, b: Span): number {
  return Math.min(Math.abs(a.c0 - b.c0), Math.abs(a.d0 - b.d0));
}

// Follows "┌──┬──┐" (or "└──┴──┘") from the corner at `at`, through one title written in the edge
// ("┌─── 제목 ───┐"); returns the joints' token indices and the title.
function followEdge(tokens: readonly Token[], at: number, ends: ReadonlySet<string>): { joints: number[]; title?: string } | null {
  const joints = [at];
  let title: string | undefined;
  let prev = tokens[at];
  for (let i = at + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!prev || !t) return null;
    const next = tokens[i + 1];
    if (t.kind === 'text' && title === undefined && prev.kind === 'wire' && t.span.c0 - prev.span.c1 <= 1 &&
      next?.kind === 'wire' && next.span.c0 - t.span.c1 <= 1) {
      title = t.text.trim();
      prev = t;
      continue;
    }
    const touching = t.span.c0 === prev.span.c1 || (prev.kind === 'text' && t.span.c0 - prev.span.c1 <= 1);
    if (t.kind !== 'wire' || !touching) return null;
    if (ends.has(t.ch)) return { joints: [...joints, i], ...(title ? { title } : {}) };
    if (!isEdgeRun(t.ch)) return null;
    if (BOX_WALLS.joint.has(t.ch)) joints.push(i);
    prev = t;
  }
  return null;
}

// The wall tokens of one line inside a box, each the wall glyph closest to where the top edge put it.
function walls(tokens: readonly Token[], expected: readonly Span[], taken: ReadonlySet<number>, outermost: boolean): number[] | null {
  const picked: number[] = [];
  for (const [k, target] of expected.entries()) {
    let best = -1;
    let bestOff = Infinity;
    for (let i = (picked[picked.length - 1] ?? -1) + 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || taken.has(i) || t.kind !== 'wire') continue;
      const fits = k === 0 ? BOX_WALLS.left.has(t.ch) : BOX_WALLS.inner.has(t.ch);
      const slack = k === 0 ? SLACK : WALL_SLACK;
      // Editors draw Hangul two columns wide, so walls line up by display width; char columns only
      // decide when no wall is near in display columns (an editor that drew Hangul narrow).
      const byDisplay = Math.abs(t.span.d0 - target.d0);
      const off = (byDisplay <= slack ? byDisplay : slack + 1 + Math.abs(t.span.c0 - target.c0)) + (t.ch === '▶' || t.ch === '►' ? 0.5 : 0);
      // Around a nested box, the right wall is the outermost one near its place, not a nested wall nearer.
      const last = outermost && k === expected.length - 1 && best >= 0;
      if (fits && (off < bestOff || last) && offBy(t.span, target) <= slack) [best, bestOff] = [i, off];
    }
    if (best < 0) return null;
    picked.push(best);
  }
  return picked;
}

// Whether a line inside a box holds the corner of a box drawn inside it.
function holdsBox(tokens: readonly Token[], joints: readonly number[]): boolean {
  return tokens.slice((joints[0] ?? 0) + 1, joints[joints.length - 1]).some((t) => t.kind === 'wire' && (BOX_CORNERS.topLeft.has(t.ch) || BOX_CORNERS.bottomLeft.has(t.ch)));
}

/** Reads the box whose top-left corner is token `at` of line `row`, or null when it does not close. */
export function readOutline(lines: readonly Token[][], row: number, at: number, taken: readonly Set<number>[], outermost = false): Outline | null {
  const topTokens = lines[row] ?? [];
  const top = followEdge(topTokens, at, BOX_CORNERS.topRight);
  if (!top) return null;
  const expected = top.joints.map((i) => (topTokens[i] as Wire).span);
  const left = expected[0] as Span;
  const sides: OutlineRow[] = [];
  for (let r = row + 1; r < Math.min(lines.length, row + MAX_HEIGHT); r++) {
    const tokens = lines[r] ?? [];
    // The glyph nearest the top-left corner's column says what the line is: a wall goes on, a "└" closes
    // (a nested box's "└" a few columns in is not this box's bottom).
    let corner = -1;
    let nearest = SLACK + 1;
    tokens.forEach((t, i) => {
      if (taken[r]?.has(i) || t.kind !== 'wire' || !(BOX_CORNERS.bottomLeft.has(t.ch) || BOX_WALLS.left.has(t.ch))) return;
      const off = offBy(t.span, left);
      if (off < nearest) [corner, nearest] = [BOX_CORNERS.bottomLeft.has(t.ch) ? i : -1, off];
    });
    if (corner >= 0) {
      const bottom = followEdge(tokens, corner, BOX_CORNERS.bottomRight);
      if (!bottom) return null;
      if (!outermost && sides.some((side) => holdsBox(lines[side.row] ?? [], side.joints))) return readOutline(lines, row, at, taken, true);
      return { top: { row, joints: top.joints }, bottom: { row: r, joints: bottom.joints }, sides, ...(top.title ? { title: top.title } : {}) };
    }
    const joints = walls(tokens, expected, taken[r] ?? new Set(), outermost);
    if (!joints) return null;
    sides.push({ row: r, joints });
  }
  return null;
}
