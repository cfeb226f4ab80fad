import { isBoxGlyph, shapeOf } from './glyphs.ts';
import type { ArrowDirection, Token } from './lex-line.ts';

const ASCII_VERTICALS = new Set(['v', 'V', '|', '^']);
// A label starts at most this many display columns after the arrow it belongs to ("↓ (Full Load)").
const LABEL_GAP = 3;

function isUpDownArrow(t: Token): t is Extract<Token, { kind: 'wire' }> {
  return t.kind === 'wire' && !isBoxGlyph(t.ch) && t.shape.ports.includes('n');
}

function followsArrow(tokens: readonly Token[], i: number, isArrow: (t: Token) => boolean): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i];
  return prev !== undefined && t !== undefined && isArrow(prev) && t.span.d0 - prev.span.d1 <= LABEL_GAP;
}

// "| HTTPS" is a bar with its label, written with one blank between them.
function splitBarLabels(tokens: Token[]): Token[] {
  if (tokens.length !== 1) return tokens;
  return tokens.flatMap((t): Token[] => {
    if (t.kind !== 'text' || !/^\| +[^|]+$/.test(t.text)) return [t];
    const rest = t.text.slice(1).trimStart();
    const skip = t.text.length - rest.length;
    const bar = { ...t.span, c1: (t.span.c0 + 1) as typeof t.span.c1, d1: (t.span.d0 + 1) as typeof t.span.d1 };
    const label = { ...t.span, c0: (t.span.c0 + skip) as typeof t.span.c0, d0: (t.span.d0 + skip) as typeof t.span.d0 };
    return [{ kind: 'text', text: '|', span: bar }, { kind: 'text', text: rest, span: label }];
  });
}

// "|", "v" and "^" are arrows only on a line of arrows (and their labels), never inside prose.
function asciiVerticals(tokens: Token[]): Token[] {
  const isCandidate = (t: Token) => t.kind === 'text' && ASCII_VERTICALS.has(t.text);
  if (!tokens.some(isCandidate)) return tokens;
  const arrowish = (t: Token) => isCandidate(t) || isUpDownArrow(t);
  const connectorLine = tokens.every(
    (t, i) => t.kind !== 'text' || isCandidate(t) || followsArrow(tokens, i, arrowish),
  );
  if (!connectorLine) return tokens;
  return tokens.map((t) => {
    if (t.kind !== 'text' || !isCandidate(t)) return t;
    const shape = shapeOf(t.text);
    return shape ? { kind: 'wire', ch: t.text, shape, span: t.span } : t;
  });
}

function combine(a: ArrowDirection, b: ArrowDirection): ArrowDirection {
  if (a === b) return a;
  if (a === 'none') return b;
  if (b === 'none') return a;
  return 'both';
}

// "← →" is one two-way arrow; "--- (매주) -->" and "←── 스트리밍 ────" are one arrow with a label.
function joinArrows(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    const beforeLast = out[out.length - 2];
    if (t.kind === 'arrow' && last?.kind === 'arrow' && last.label === undefined) {
      out[out.length - 1] = { kind: 'arrow', dir: combine(last.dir, t.dir), span: { ...last.span, c1: t.span.c1, d1: t.span.d1 } };
      continue;
    }
    // "←GraphQL→": a label held between two heads, touching both, names one two-headed arrow.
    const held = beforeLast?.kind === 'arrow' && last?.kind === 'text' && beforeLast.dir === 'left' && t.kind === 'arrow' && t.dir === 'right' &&
      last.span.d0 === beforeLast.span.d1 && t.span.d0 === last.span.d1;
    if (
      t.kind === 'arrow' && last?.kind === 'text' && beforeLast?.kind === 'arrow' &&
      beforeLast.label === undefined &&
      ((beforeLast.dir === 'none' && t.dir === 'right') || (beforeLast.dir === 'left' && t.dir === 'none') || held)
    ) {
      out.splice(out.length - 2, 2);
      const span = { ...beforeLast.span, c1: t.span.c1, d1: t.span.d1 };
      out.push({ kind: 'arrow', dir: combine(beforeLast.dir, t.dir), label: last.text, span });
      continue;
    }
    out.push(t);
  }
  return out;
}

// Text right after an up/down arrow ("↓ (Full Load)", "↓ 배포/설정 전송") labels that arrow.
function verticalLabels(tokens: Token[]): Token[] {
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    const last = out[out.length - 1];
    if (t.kind === 'text' && last && isUpDownArrow(last) && last.label === undefined && followsArrow(tokens, i, isUpDownArrow)) {
      out[out.length - 1] = { ...last, label: t.text };
      return;
    }
    out.push(t);
  });
  return out;
}

/** Turns a line's raw tokens into arrows with their labels: ASCII verticals, joined and labelled arrows. */
export function refineTokens(tokens: Token[]): Token[] {
  return verticalLabels(joinArrows(asciiVerticals(splitBarLabels(tokens))));
}
