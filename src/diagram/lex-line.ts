import { bracketed, classifyGlyphs, type GlyphClass } from './classify-glyphs.ts';
import { SIDE_HEADS, shapeOf, type GlyphShape } from './glyphs.ts';
import { measureLine, spanOf, type Glyph, type Span } from './measure.ts';

/** Which way a horizontal arrow points; "none" for a bare line such as "──" or "---". */
export type ArrowDirection = 'right' | 'left' | 'both' | 'none';

/** A piece of one line: words, a horizontal arrow, or one connector glyph (box line or up/down arrow). */
export type Token =
  | { kind: 'text'; text: string; span: Span }
  | { kind: 'arrow'; dir: ArrowDirection; label?: string; span: Span }
  | { kind: 'wire'; ch: string; shape: GlyphShape; label?: string; span: Span };

function arrowDirection(glyphs: readonly Glyph[], from: number, to: number): ArrowDirection {
  let right = false;
  let left = false;
  for (let i = from; i <= to; i++) {
    const ch = glyphs[i]?.ch ?? '';
    if (SIDE_HEADS.right.has(ch)) right = true;
    if (SIDE_HEADS.left.has(ch)) left = true;
    if (SIDE_HEADS.both.has(ch)) right = left = true;
  }
  if (right && left) return 'both';
  return right ? 'right' : left ? 'left' : 'none';
}

// A run with a corner, junction, vertical bar or up/down arrow is wiring; a run of only "─", "-", heads is an arrow.
function runTokens(glyphs: readonly Glyph[], cls: readonly GlyphClass[], from: number, to: number): Token[] {
  let wiring = false;
  for (let i = from; i <= to; i++) {
    const ch = glyphs[i]?.ch ?? '';
    const shape = shapeOf(ch);
    if (cls[i] === 'vertical' || (shape && shape.ports.some((p) => p === 'n' || p === 's'))) wiring = true;
  }
  if (!wiring) return [{ kind: 'arrow', dir: arrowDirection(glyphs, from, to), span: spanOf(glyphs, from, to) }];
  const tokens: Token[] = [];
  for (let i = from; i <= to; i++) {
    const ch = glyphs[i]?.ch ?? '';
    const shape = shapeOf(ch) ?? { ports: ['w', 'e'] };
    tokens.push({ kind: 'wire', ch, shape, span: spanOf(glyphs, i, i) });
  }
  return tokens;
}

function textToken(glyphs: readonly Glyph[], from: number, to: number): Token {
  const text = glyphs.slice(from, to + 1).map((g) => g.ch).join('');
  return { kind: 'text', text, span: spanOf(glyphs, from, to) };
}

// "[Notebook] [Endpoint] [Backbone]" is a row of boxes and "(발송) (관리자)" a row of notes, one per box
// above; "Fold 1: [검증] [훈련]" stays one label.
const GROUP_CLOSE: Record<string, string> = { '[': ']', '(': ')' };

function splitBracketGroups(glyphs: readonly Glyph[], from: number, to: number): Token[] {
  const open = glyphs[from]?.ch ?? '';
  const close = GROUP_CLOSE[open];
  if (!close || glyphs[to]?.ch !== close) return [textToken(glyphs, from, to)];
  const groups: [number, number][] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    const ch = glyphs[i]?.ch;
    if (start < 0) {
      if (ch === open) start = i;
      else if (ch !== ' ') return [textToken(glyphs, from, to)];
    } else if (ch === close) {
      groups.push([start, i]);
      start = -1;
    } else if (ch === open) return [textToken(glyphs, from, to)];
  }
  return groups.map(([a, b]) => textToken(glyphs, a, b));
}

/** Cuts a measured line into tokens: text cells split at gaps of two or more blanks, arrows, wiring. */
export function tokenize(glyphs: readonly Glyph[], cls: readonly GlyphClass[], inside: readonly boolean[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < glyphs.length) {
    const c = cls[i];
    if (c === 'space') {
      i++;
      continue;
    }
    if (c === 'text') {
      const start = i;
      let end = i;
      let j = i + 1;
      while (j < glyphs.length) {
        if (cls[j] === 'text') end = j;
        else if (cls[j] !== 'space') break;
        // Two blanks outside brackets end a cell; inside "( ... )" they are part of it.
        else if (cls[j + 1] === 'space' && !inside[j]) break;
        j++;
      }
      tokens.push(...splitBracketGroups(glyphs, start, end));
      i = end + 1;
      continue;
    }
    const start = i;
    while (i + 1 < glyphs.length && cls[i + 1] !== 'space' && cls[i + 1] !== 'text') i++;
    tokens.push(...runTokens(glyphs, cls, start, i));
    i++;
  }
  return tokens;
}

/** Measures, classifies and tokenizes one line of a flow block (before arrows take their labels). */
export function lexLine(line: string): { glyphs: Glyph[]; tokens: Token[] } {
  const glyphs = measureLine(line);
  return { glyphs, tokens: tokenize(glyphs, classifyGlyphs(glyphs), bracketed(glyphs)) };
}
