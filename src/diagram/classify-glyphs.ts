import { H_HEADS, SHAFTS, V_HEADS, isBoxGlyph, isWordChar } from './glyphs.ts';
import type { Glyph } from './measure.ts';

/** What one glyph of a line is: blank, part of a word, part of a line or arrow, or an up/down arrow. */
export type GlyphClass = 'space' | 'text' | 'line' | 'head' | 'vertical';

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Marks glyphs inside brackets closed on the same line: an arrow there is prose ("(음성 → 텍스트)"). */
export function bracketed(glyphs: readonly Glyph[]): boolean[] {
  const depthDelta = new Array<number>(glyphs.length + 1).fill(0);
  const stack: { close: string; at: number }[] = [];
  glyphs.forEach((g, i) => {
    const close = OPENERS[g.ch];
    if (close) stack.push({ close, at: i });
    else if (stack.length > 0 && stack[stack.length - 1]?.close === g.ch) {
      const open = stack.pop();
      if (open) {
        depthDelta[open.at] = (depthDelta[open.at] ?? 0) + 1;
        depthDelta[i + 1] = (depthDelta[i + 1] ?? 0) - 1;
      }
    }
  });
  const inside: boolean[] = [];
  let depth = 0;
  for (let i = 0; i < glyphs.length; i++) {
    depth += depthDelta[i] ?? 0;
    inside.push(depth > 0);
  }
  return inside;
}

// Variation selectors ("▶️") and zero-width joiners draw nothing: they separate like blanks.
function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || (ch !== undefined && /^[\uFE00-\uFE0F\u200B-\u200D]$/.test(ch));
}

// Hyphens and the dashes word processors turn them into ("——>", "–>").
const DASHES = new Set(['-', '–', '—', '―']);

// ASCII arrows are "->", "-->", "<-", "<--", "=>", "==>", "<==" and plain "--" runs; a lone "-" is prose.
function asciiClass(glyphs: readonly Glyph[], i: number): GlyphClass {
  const ch = glyphs[i]?.ch;
  const prev = glyphs[i - 1]?.ch;
  const next = glyphs[i + 1]?.ch;
  if (ch !== undefined && DASHES.has(ch)) {
    const isDash = (c: string | undefined) => c !== undefined && DASHES.has(c);
    return isDash(next) || isDash(prev) || next === '>' || prev === '<' ? 'line' : 'text';
  }
  if (ch === '>') return prev !== undefined && (DASHES.has(prev) || prev === '=' || SHAFTS.has(prev)) ? 'head' : 'text';
  if (ch === '<') return next !== undefined && (DASHES.has(next) || (next === '=' && glyphs[i + 2]?.ch === '=') || SHAFTS.has(next)) ? 'head' : 'text';
  if (ch === '=') {
    let j = i;
    while (glyphs[j]?.ch === '=') j++;
    let k = i;
    while (glyphs[k]?.ch === '=') k--;
    const runLength = j - k - 1;
    return glyphs[j]?.ch === '>' || (glyphs[k]?.ch === '<' && runLength >= 2) ? 'line' : 'text';
  }
  return 'text';
}

const DIAGONALS = new Set(['↗', '↘']);

// "온도↑" and "정확도 ↑" use the arrow as a word: it sits against, or one space after, a letter or digit.
function isWordArrow(glyphs: readonly Glyph[], i: number): boolean {
  const prev = glyphs[i - 1]?.ch;
  const next = glyphs[i + 1]?.ch;
  // "Input ↗      ↓": a diagonal set apart from the rest of a drawn line feeds the row above.
  if (DIAGONALS.has(glyphs[i]?.ch ?? '') && isSpace(next) && isSpace(glyphs[i + 2]?.ch) && glyphs.slice(i + 3).some((g) => !isSpace(g.ch))) return false;
  if ((prev && isWordChar(prev)) || (next && (isWordChar(next) || next === '%'))) return true;
  const before = glyphs[i - 2]?.ch;
  return isSpace(prev) && before !== undefined && (isWordChar(before) || before === '%');
}

// A trend is drawn with this many arrows or more in a row ("↗ ↘ ↗ ↘", "↘ ↘ ↘ →").
const TREND = 3;

// Arrows one blank apart, TREND or more in a run, draw a trend (a curve rising and falling), not links:
// a link needs something at each end, and each of these has only another arrow beside it.
function trendArrows(glyphs: readonly Glyph[]): ReadonlySet<number> {
  const isArrow = (i: number) => H_HEADS.has(glyphs[i]?.ch ?? '') || V_HEADS.has(glyphs[i]?.ch ?? '');
  const arrows: number[] = [];
  for (let i = 0; i < glyphs.length; i++) if (isArrow(i)) arrows.push(i);
  // Most lines hold one or two arrows: no trend, and no run to walk (this runs on every line of every flow).
  if (arrows.length < TREND) return NO_TREND;
  const trend = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= TREND) for (const i of run) trend.add(i);
    run = [];
  };
  for (const i of arrows) {
    const last = run[run.length - 1];
    if (last !== undefined && !oneBlankApart(glyphs, last, i)) close();
    run.push(i);
  }
  close();
  return trend;
}

const NO_TREND: ReadonlySet<number> = new Set();

// Only blanks, and at most one space, between glyphs `from` and `to`.
function oneBlankApart(glyphs: readonly Glyph[], from: number, to: number): boolean {
  let spaces = 0;
  for (let j = from + 1; j < to; j++) {
    const ch = glyphs[j]?.ch;
    if (!isSpace(ch)) return false;
    if (ch === ' ') spaces++;
  }
  return spaces <= 1;
}

/** Classifies every glyph of a measured line, reading bracketed, word-bound and trend arrows as text. */
export function classifyGlyphs(glyphs: readonly Glyph[]): GlyphClass[] {
  const inside = bracketed(glyphs);
  const trend = trendArrows(glyphs);
  return glyphs.map((g, i) => {
    const ch = g.ch;
    if (isSpace(ch)) return 'space';
    if (inside[i] || trend.has(i)) return 'text';
    if (SHAFTS.has(ch) || isBoxGlyph(ch)) return 'line';
    if (H_HEADS.has(ch)) return 'head';
    if (V_HEADS.has(ch)) return isWordArrow(glyphs, i) ? 'text' : 'vertical';
    if (DASHES.has(ch) || ch === '>' || ch === '<' || ch === '=') return asciiClass(glyphs, i);
    return 'text';
  });
}
