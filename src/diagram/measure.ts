import { eastAsianWidth } from 'get-east-asian-width';
import type { CharCol, ColumnSpace, DisplayCol } from './types.ts';

/** One code point of a line with its column in both spaces. */
export interface Glyph {
  ch: string;
  char: CharCol;
  display: DisplayCol;
  /** Terminal cells the glyph takes: 2 for Hangul and other wide glyphs, else 1. */
  width: 1 | 2;
}

/** A half-open range of a line, [start, end), in both column spaces. */
export interface Span {
  c0: CharCol;
  c1: CharCol;
  d0: DisplayCol;
  d1: DisplayCol;
}

/** Display columns one code point takes: 2 for Hangul and other wide glyphs, else 1. */
function glyphWidth(ch: string): 1 | 2 {
  const code = ch.codePointAt(0) ?? 32;
  // Box-drawing and arrow glyphs are "ambiguous" width; editors draw them narrow, as the notes assume.
  return code < 0x1100 ? 1 : eastAsianWidth(code, { ambiguousAsWide: false });
}

/** The display columns a text takes on the author's grid, counted as {@link measureLine} counts them. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += glyphWidth(ch);
  return width;
}

/** Cuts a line into code points and places each on the char and display grids. */
export function measureLine(line: string): Glyph[] {
  const glyphs: Glyph[] = [];
  let char = 0;
  let display = 0;
  for (const ch of line) {
    const width = glyphWidth(ch);
    glyphs.push({ ch, char: char as CharCol, display: display as DisplayCol, width });
    char += 1;
    display += width;
  }
  return glyphs;
}

/** The span covering glyphs `from` to `to` (inclusive) of a measured line. */
export function spanOf(glyphs: readonly Glyph[], from: number, to: number): Span {
  const first = glyphs[from];
  const last = glyphs[to];
  if (!first || !last) throw new RangeError('span outside the line');
  return {
    c0: first.char,
    c1: (last.char + 1) as CharCol,
    d0: first.display,
    d1: (last.display + last.width) as DisplayCol,
  };
}

/** A column in space S: char columns for 'char', display columns for 'display'. Rules written for either
 * space take S as a type parameter, so a column of the other space (a bare `.c0` or `.d0`) cannot pass. */
export type Col<S extends ColumnSpace> = S extends 'char' ? CharCol : DisplayCol;

/** Start and end of a span in the chosen column space. */
export function range<S extends ColumnSpace>(span: Span, space: S): [Col<S>, Col<S>] {
  return (space === 'char' ? [span.c0, span.c1] : [span.d0, span.d1]) as [Col<S>, Col<S>];
}

/** Column `x` moved `by` columns, in the same space. */
export function shift<S extends ColumnSpace>(x: Col<S>, by: number): Col<S> {
  return (x + by) as Col<S>;
}

/** How far column `x` lies outside a span (0 when inside), in the chosen space. */
export function distanceTo<S extends ColumnSpace>(span: Span, x: Col<S>, space: S): number {
  const [a, b] = range(span, space);
  if (x < a) return a - x;
  if (x >= b) return x - b + 1;
  return 0;
}

/** How many columns two spans share in the chosen space. */
export function overlap<S extends ColumnSpace>(a: Span, b: Span, space: S): number {
  const [a0, a1] = range(a, space);
  const [b0, b1] = range(b, space);
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** The leftmost and rightmost of two columns of the same space. */
export function spread<S extends ColumnSpace>(a: Col<S>, b: Col<S>): { min: Col<S>; max: Col<S> } {
  return a <= b ? { min: a, max: b } : { min: b, max: a };
}
