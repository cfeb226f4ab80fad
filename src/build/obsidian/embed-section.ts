import { slug } from 'github-slugger';
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { blockAnchor } from './remark-block-ids.ts';

/**
 * The part of a note an embed names: all of it, a heading and what follows it up to the next heading of
 * the same or higher rank, or the one block carrying `^id`. Null when the note has no such place.
 */
export function embedSection(tree: Root, section: string | null): RootContent[] | null {
  const children = tree.children.filter((node) => node.type !== 'yaml');
  if (!section) return children;
  const last = section.split('#').filter(Boolean).pop() ?? section;
  if (last.startsWith('^')) {
    const block = findBlock(tree, blockAnchor(last.slice(1)));
    if (!block) return null;
    return [block.type === 'listItem' ? ({ type: 'list', ordered: false, spread: false, children: [block] } as RootContent) : block];
  }
  const wanted = slug(last);
  const start = children.findIndex((node) => node.type === 'heading' && slug(toString(node)) === wanted);
  if (start === -1) return null;
  const depth = (children[start] as { depth: number }).depth;
  const end = children.findIndex((node, i) => i > start && node.type === 'heading' && node.depth <= depth);
  return children.slice(start, end === -1 ? undefined : end);
}

function findBlock(node: Nodes, id: string): RootContent | null {
  if (!('children' in node)) return null;
  for (const child of node.children) {
    if ((child.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id === id) return child as RootContent;
    const found = findBlock(child as Nodes, id);
    if (found) return found;
  }
  return null;
}
