import type { Element, Item, Layout } from './build-cells.ts';
import { range, type Col } from './measure.ts';
import { MAX_SCAN } from './scan-vertical.ts';
import { treeConnector } from './tree-root.ts';
import type { ColumnSpace } from './types.ts';

// How far a fan's leading arrows may drift from the column of the arrow drawn under them.
const FAN_SLACK = 2;
// A tree's or a fan's branches are read this many lines up at most (bounded on huge blocks).
const MAX_BRANCHES = 12;

const sideArrow = (el: Element | undefined, head: string) => el !== undefined && el.arrow && !el.ports.includes('n') && el.heads.join('') === head;

// The last box of "A → B → C" read from item `from` on: null unless it is a rightward chain of boxes (of
// at least `boxes` boxes).
function chainEnd(items: readonly Item[], from: number, elements: readonly Element[], boxes: number): Item | null {
  const rest = items.slice(from);
  if (rest.length < 2 * boxes - 1 || rest.length % 2 === 0) return null;
  const ok = rest.every((item, i) => (i % 2 === 0 ? 'cell' in item : 'element' in item && sideArrow(elements[item.element], 'e')));
  return ok ? (rest[rest.length - 1] as Item) : null;
}

// The ends of every branch of the tree whose connector column is `col`, read upward from `row`; null when
// a branch is not a chain (a tree of leaves goes on from its root) or fewer than two branches lead anywhere.
function treeEnds<S extends ColumnSpace>(layout: Layout, row: number, col: Col<S>, space: S): Item[] | null {
  const ends: Item[] = [];
  for (let r = row; r >= Math.max(0, row - MAX_BRANCHES); r--) {
    const items = layout.lines[r] ?? [];
    const first = items[0];
    const el = first && 'element' in first ? layout.elements[first.element] : undefined;
    if (!first || !el || el.arrow || Math.abs(range(first.span, space)[0] - col) > 1) break;
    // "│" alone carries the trunk past a blank line; "├─ A → B" is a branch.
    if (items.length === 1) continue;
    const at = items.findIndex((item) => 'cell' in item);
    const end = at < 0 ? null : chainEnd(items, at, layout.elements, 2);
    if (!end) return null;
    ends.push(end);
    // "┌" opens the tree (a bracket of choices): nothing above it is a branch.
    if (el.ports.includes('s') && !el.ports.includes('n')) break;
  }
  return ends.length >= 2 ? ends : null;
}

// The ends of a fan of leading arrows ("A → B → C" over "  → D → E") whose arrows stand in column `x`.
function fanEnds<S extends ColumnSpace>(layout: Layout, row: number, x: Col<S>, space: S): Item[] | null {
  const ends: Item[] = [];
  for (let r = row; r >= Math.max(0, row - MAX_BRANCHES); r--) {
    const items = layout.lines[r] ?? [];
    const at = items.findIndex((item) => 'element' in item && sideArrow(layout.elements[item.element], 'e') && Math.abs(range(item.span, space)[0] - x) <= FAN_SLACK);
    if (at < 0) break;
    // A leading arrow is itself the branch's path: "→ X" ends at X.
    const end = chainEnd(items, at + 1, layout.elements, 1);
    if (!end) return null;
    ends.push(end);
    if (at > 0) break;
  }
  return ends.length >= 2 ? ends : null;
}

/**
 * For an arrow leaving downward from under a tree or a fan of leading arrows whose every branch is a chain
 * ("├─ a → A", "└─ b → B", then "↓" at the branches' indent back out to a box): the paths rejoin, so the
 * arrow leaves from each branch's last box. Null for anything else (a tree of leaves goes on from its root).
 */
export function rejoinSources<S extends ColumnSpace>(layout: Layout, arrowRow: number, hit: Item, x: Col<S>, space: S): Item[] | null {
  const row = layout.lines.slice(Math.max(0, arrowRow - MAX_SCAN), arrowRow).findLastIndex((line) => line.includes(hit));
  if (row < 0) return null;
  const hitRow = Math.max(0, arrowRow - MAX_SCAN) + row;
  const next = layout.lines.slice(arrowRow + 1, arrowRow + 1 + MAX_SCAN).find((line) => line.length > 0)?.[0];
  if (!next || !('cell' in next)) return null;
  // Under a fan's leading arrows (the arrow may have found the box beside the last one), leading out to a
  // box no further right than the fan.
  const fan = layout.lines[hitRow]?.find((item) => 'element' in item && sideArrow(layout.elements[item.element], 'e') && Math.abs(range(item.span, space)[0] - x) <= FAN_SLACK);
  if (fan) return range(next.span, space)[0] > x ? null : fanEnds(layout, hitRow, range(fan.span, space)[0], space);
  if (!('cell' in hit)) return null;
  const connector = treeConnector(layout, arrowRow, hit, x, space);
  return connector ? treeEnds(layout, hitRow, range(connector.span, space)[0], space) : null;
}
