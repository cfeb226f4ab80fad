import type { Element, Item, Layout } from './build-cells';
import { range } from './measure';
import type { ColumnSpace } from './types';

// How far the arrow under a tree may sit from the arrow that fed it and still continue the same chain.
const SAME_COLUMN = 1;
// How many lines over the tree's root the feeding arrow may be found: the root's label may wrap.
const ROOT_LINES = 3;

const isWiring = (elements: readonly Element[], item: Item | undefined) =>
  item !== undefined && 'element' in item && !(elements[item.element]?.arrow ?? true);

function feedsDown(elements: readonly Element[], line: readonly Item[], x: number, space: ColumnSpace): boolean {
  return line.some((item) =>
    'element' in item && (elements[item.element]?.heads.includes('s') ?? false) && Math.abs(range(item.span, space)[0] - x) <= SAME_COLUMN);
}

/**
 * For an arrow leaving downward from a tree's last branch ("└─ C" over "↓"): the branch's connector when
 * the arrow lines up with the arrow that led into the tree's root, so the chain goes on from the root and
 * the branches stay its details ("Lex ↓ ├─ a └─ b ↓ Polly" is Lex to Polly). Null when it is the branch's own.
 */
export function treeConnector(layout: Layout, hit: Item, x: number, space: ColumnSpace): Item | null {
  const { lines, elements, anchored } = layout;
  if (!('cell' in hit) || !anchored.has(hit.cell)) return null;
  const row = lines.findIndex((line) => line.includes(hit));
  const branch = lines[row] ?? [];
  const connector = branch[branch.indexOf(hit) - 1];
  if (!connector || !isWiring(elements, connector)) return null;
  let top = row - 1;
  while (top >= 0 && isWiring(elements, lines[top]?.[0])) top--;
  for (let r = top, seen = 0; r >= 0 && seen <= ROOT_LINES; r--) {
    const line = lines[r] ?? [];
    if (line.length === 0) continue;
    seen++;
    if (feedsDown(elements, line, x, space)) return connector;
    if (line.some((item) => 'element' in item)) return null;
  }
  return null;
}
