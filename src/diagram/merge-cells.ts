import type { Element, Item, Layout } from './build-cells.ts';
import { overlap, range } from './measure.ts';
import type { ColumnSpace } from './types.ts';

// A piece carries its own arrow when an arrow or wire sits right beside it, not across a wide gap.
const LINK_GAP = 4;

// An arrow into a piece from a note on its right ("[0,0,1] ← 숫자 3") annotates it; it is not a step of
// its own, so the piece may still be the second line of the label above.
// A left/right arrow joins the pieces on either side of it however wide the gap ("Tier 1     → X").
function beside(elements: readonly Element[] | undefined, item: Item | undefined, gap: number): boolean {
  if (item === undefined || !('element' in item)) return false;
  const el = elements?.[item.element];
  return gap <= LINK_GAP || (el !== undefined && el.arrow && !el.ports.includes('n'));
}

function isLinked(items: readonly Item[], i: number, elements?: readonly Element[]): boolean {
  const item = items[i];
  const prev = items[i - 1];
  const next = items[i + 1];
  if (!item) return false;
  const before = prev !== undefined && beside(elements, prev, item.span.d0 - prev.span.d1);
  const after = next !== undefined && beside(elements, next, next.span.d0 - item.span.d1);
  const annotated = after && next !== undefined && 'element' in next && elements !== undefined &&
    elements[next.element]?.heads.join('') === 'w' && items[i + 3] === undefined;
  return before || (after && !annotated);
}

// Two pieces each with their own arrows are two steps. A line without arrows joins an arrow row only as
// part of a column of text written over several lines: it sits in a row of columns itself, or the text
// goes on under the arrow row's piece ("의료 기록 / 약물 기록 → … / 실험실 결과"). A lone line over an
// arrow row is a heading, not the first words of the row's first box.
function mayJoin<S extends ColumnSpace>(
  above: readonly Item[], ai: number, below: readonly Item[], bi: number, next: readonly Item[], space: S,
  elements: readonly Element[],
): boolean {
  const upperLinked = isLinked(above, ai, elements);
  const lowerLinked = isLinked(below, bi, elements);
  if (upperLinked && lowerLinked) return false;
  // Two stacked rows that each have a side arrow ("A ← X" over "B ← X") are two rows, even when one arrow
  // only annotates its box.
  if (hasSideArrow(above, elements) && hasSideArrow(below, elements) && touchesArrow(above, ai) && touchesArrow(below, bi)) return false;
  if (!lowerLinked || upperLinked) return true;
  const a = range((above[ai] as Item).span, space)[0];
  const b = range((below[bi] as Item).span, space)[0];
  if (Math.abs(a - b) > 3) return false;
  const lower = below[bi] as Item;
  const goesOn = next.some((item, ni) => 'cell' in item && overlap(item.span, lower.span, space) > 0 && !isLinked(next, ni));
  return above.filter((item) => 'cell' in item).length >= 2 || goesOn;
}

function hasSideArrow(items: readonly Item[], elements: readonly Element[]): boolean {
  return items.some((item) => 'element' in item && (elements[item.element]?.arrow ?? false) && !(elements[item.element]?.ports.includes('n') ?? true));
}

// Whether a piece has an element right before or after it on its line.
function touchesArrow(items: readonly Item[], i: number): boolean {
  const prev = items[i - 1];
  const next = items[i + 1];
  return (prev !== undefined && 'element' in prev) || (next !== undefined && 'element' in next);
}

// A line holding an up/down arrow is a line of arrows: a note on it ("↓  ← 4 vCPU") never runs on into
// the box under it.
function isArrowLine(items: readonly Item[], elements: readonly Element[]): boolean {
  return items.some((item) => 'element' in item && (elements[item.element]?.arrow ?? false) && (elements[item.element]?.ports.includes('n') ?? false));
}

// A lone line right over a row of side arrows heads that row ("또는", "2단계: 적재"): it is no box's second line.
function headsRow(layout: Layout, row: number): boolean {
  const own = layout.lines[row] ?? [];
  const next = layout.lines[row + 1] ?? [];
  return own.length === 1 && 'cell' in (own[0] as Item) && hasSideArrow(next, layout.elements) && !isArrowLine(next, layout.elements);
}

// "1. 수집", "2. 정제" on lines one after another are steps, never one label written over two lines.
const NUMBERED = /^\s*\d{1,2}[.)]\s/;
function startsStep(layout: Layout, row: number): boolean {
  const first = layout.lines[row]?.[0];
  return first !== undefined && 'cell' in first && NUMBERED.test(layout.cells[first.cell]?.parts[0]?.text ?? '');
}

// A line of notes under a row with as many boxes ("A → B → C" over "(a)  (b)  (c)") belongs to them one
// by one, however loosely the author lined the notes up.
function pairByOrder(
  layout: Layout, above: readonly Item[], below: readonly Item[], owner: number[], find: (i: number) => number,
): boolean {
  const lower = below.filter((item): item is Extract<Item, { cell: number }> => 'cell' in item);
  const upper = above.filter((item): item is Extract<Item, { cell: number }> => 'cell' in item);
  if (lower.length < 2 || lower.length !== below.length || upper.length !== lower.length) return false;
  const plain = (cell: number) => !layout.boxes.has(cell) && !layout.anchored.has(cell);
  const heading = (cell: number) => /[:：]$/.test(layout.cells[cell]?.parts[0]?.text ?? '');
  if (!lower.every((item) => plain(item.cell)) || !upper.every((item) => plain(item.cell) && !heading(item.cell))) return false;
  lower.forEach((item, k) => {
    const target = upper[k];
    if (target) owner[find(item.cell)] = find(target.cell);
  });
  return true;
}

// "(높은 지연시간, NAT 비용)" under "A → B → C", spanning two of its boxes, captions the row: it is not
// the second line of the first box it happens to overlap. A box's own second line may drift a glyph or
// two past its arrow; one that reaches REACH columns into the next box is written under the row instead.
const REACH = 4;
function captionsUnder<S extends ColumnSpace>(above: readonly Item[], below: readonly Item[], space: S, elements: readonly Element[]): Set<number> {
  const captions = new Set<number>();
  below.forEach((lower, bi) => {
    if (!('cell' in lower) || isLinked(below, bi, elements)) return;
    const covered = above.filter((upper, ai) => {
      if (!('cell' in upper) || !isLinked(above, ai)) return false;
      const [a0, a1] = range(upper.span, space);
      const [b0, b1] = range(lower.span, space);
      const shared = overlap(upper.span, lower.span, space);
      return shared * 2 >= Math.min(a1 - a0, b1 - b0) || shared >= REACH;
    });
    if (covered.length >= 2) captions.add(bi);
  });
  return captions;
}

// "※ 비용 주의" or "* 선택 사항" under a box is a note on the drawing, never the box's next line.
function isNote(layout: Layout, cell: number): boolean {
  return /^[※*]/.test(layout.cells[cell]?.parts[0]?.text ?? '');
}

/**
 * Joins cells written over several lines into one node: a piece joins the piece above it that it overlaps
 * most, unless both carry their own arrows, the lower one hangs off a tree branch, or the upper one is a
 * "title:" line. Returns, for every cell, the cell it now belongs to.
 */
export function mergeCells<S extends ColumnSpace>(layout: Layout, space: S): number[] {
  const boxes = layout.boxes;
  const owner = layout.cells.map((_, i) => i);
  const find = (i: number): number => {
    while (owner[i] !== i) i = owner[i] = owner[owner[i] ?? i] ?? i;
    return i;
  };
  for (let row = 1; row < layout.lines.length; row++) {
    const above = layout.lines[row - 1] ?? [];
    const below = layout.lines[row] ?? [];
    // A line that starts with wiring ("├── X", "│   └── Y") is a branch of a tree, never the rest of a label.
    const first = below[0];
    if (first && 'element' in first && !layout.elements[first.element]?.arrow) continue;
    if (isArrowLine(above, layout.elements) || headsRow(layout, row) || startsStep(layout, row)) continue;
    if (pairByOrder(layout, above, below, owner, find)) continue;
    const pairs: { a: number; b: number; size: number }[] = [];
    const captions = captionsUnder(above, below, space, layout.elements);
    // Both lines are sorted by column, so a sweep finds every overlapping pair in linear time.
    let start = 0;
    below.forEach((lower, bi) => {
      if (!('cell' in lower) || boxes.has(lower.cell) || layout.anchored.has(lower.cell) || captions.has(bi) || isNote(layout, lower.cell)) return;
      const [l0, l1] = range(lower.span, space);
      while (start < above.length && range((above[start] as Item).span, space)[1] <= l0) start++;
      for (let ai = start; ai < above.length; ai++) {
        const upper = above[ai] as Item;
        if (range(upper.span, space)[0] >= l1) break;
        if (!('cell' in upper) || boxes.has(upper.cell)) continue;
        const text = layout.cells[upper.cell]?.parts[0]?.text ?? '';
        if (/[:：]$/.test(text) || !mayJoin(above, ai, below, bi, layout.lines[row + 1] ?? [], space, layout.elements)) continue;
        pairs.push({ a: upper.cell, b: lower.cell, size: overlap(upper.span, lower.span, space) });
      }
    });
    pairs.sort((x, y) => y.size - x.size);
    const usedAbove = new Set<number>();
    const usedBelow = new Set<number>();
    for (const { a, b, size } of pairs) {
      if (size <= 0 || usedAbove.has(a) || usedBelow.has(b)) continue;
      usedAbove.add(a);
      usedBelow.add(b);
      owner[find(b)] = find(a);
    }
  }
  return layout.cells.map((_, i) => find(i));
}
