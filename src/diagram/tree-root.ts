import type { Element, Item, Layout } from './build-cells.ts';
import { range, type Col } from './measure.ts';
import { MAX_SCAN } from './scan-vertical.ts';
import type { ColumnSpace } from './types.ts';

// How far right of a branch's first letter an arrow may sit and still be drawn at the tree's indent.
const INDENT_SLACK = 1;

const isWiring = (elements: readonly Element[], item: Item | undefined) =>
  item !== undefined && 'element' in item && !(elements[item.element]?.arrow ?? true);

/**
 * For an arrow leaving downward from a tree's last branch ("└─ C" over "↓"): the branch's connector when
 * the arrow sits at the branch's indent and leads back out to the level of the tree's root, so the chain
 * goes on from the root and the branches stay its details ("Lex ├─ a └─ b ↓ Polly" is Lex to Polly).
 * Null when the arrow is the branch's own: drawn under its text, or leading to a box indented under it.
 */
export function treeConnector<S extends ColumnSpace>(layout: Layout, arrowRow: number, hit: Item, x: Col<S>, space: S): Item | null {
  const { lines, elements, anchored } = layout;
  if (!('cell' in hit) || !anchored.has(hit.cell)) return null;
  const branch = lines.slice(Math.max(0, arrowRow - MAX_SCAN), arrowRow).find((line) => line.includes(hit)) ?? [];
  const connector = branch[branch.indexOf(hit) - 1];
  if (!connector || !isWiring(elements, connector)) return null;
  const next = lines.slice(arrowRow + 1, arrowRow + 1 + MAX_SCAN).find((line) => line.length > 0)?.[0];
  const atIndent = x <= range(hit.span, space)[0] + INDENT_SLACK;
  const outdented = next !== undefined && range(next.span, space)[0] <= range(connector.span, space)[0];
  return atIndent && outdented ? connector : null;
}
