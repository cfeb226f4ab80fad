import type { Nodes, Parent, Root, Text } from 'mdast';

/**
 * Keeps prices as text: Obsidian takes `$…$` as math only when no space follows the opening `$`, none
 * precedes the closing one, and no digit follows it ("$5 and $10" stays text). remark-math pairs any
 * two dollars, so pairs that break those rules go back to the text they were written as.
 */
export function remarkMathGuard(source: string) {
  return (tree: Root): void => walk(tree, source);
}

function walk(node: Nodes, source: string): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  parent.children = parent.children.map((child) => {
    if (child.type !== 'inlineMath') {
      walk(child as Nodes, source);
      return child;
    }
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) return child;
    const written = source.slice(start, end);
    const inner = written.replace(/^\$+|\$+$/g, '');
    const valid = inner.length > 0 && !/^\s|\s$/.test(inner) && !/^\d/.test(source.slice(end, end + 1));
    return valid ? child : ({ type: 'text', value: written } satisfies Text);
  }) as Parent['children'];
}
