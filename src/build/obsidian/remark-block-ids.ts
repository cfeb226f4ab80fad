import type { Nodes, Paragraph, Parent, Root, RootContent } from 'mdast';

/** An Obsidian block id: ` ^id` at the very end of a paragraph or list item. */
const BLOCK_ID = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/;

/** The HTML id of a block named `^id`, the fragment `[[note#^id]]` links to. */
export function blockAnchor(id: string): string {
  return `^${id}`;
}

/**
 * Hides block ids (`text ^abc`) and turns them into anchors on their block: the paragraph, the list item
 * that holds it, or, for an id on a line of its own, the block just before (a table, a quote, a list).
 */
export function remarkBlockIds() {
  return (tree: Root): void => walk(tree);
}

function walk(node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  const kept: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    walk(child);
    if (child.type !== 'paragraph') {
      kept.push(child);
      continue;
    }
    const id = takeId(child);
    if (id === null) kept.push(child);
    else if (child.children.length === 0) {
      // `^id` alone names the block above it.
      const previous = kept[kept.length - 1];
      if (previous) setId(previous, id);
    } else {
      setId(parent.type === 'listItem' && parent.children[0] === child ? (parent as Nodes) : child, id);
      kept.push(child);
    }
  }
  parent.children = kept as Parent['children'];
}

function takeId(paragraph: Paragraph): string | null {
  const last = paragraph.children[paragraph.children.length - 1];
  if (last?.type !== 'text') return null;
  const match = last.value.match(BLOCK_ID);
  if (!match) return null;
  last.value = last.value.slice(0, match.index).replace(/\s+$/, '');
  if (!last.value) paragraph.children.pop();
  const tail = paragraph.children[paragraph.children.length - 1];
  if (tail?.type === 'break') paragraph.children.pop();
  return match[1] ?? null;
}

function setId(node: Nodes, id: string): void {
  node.data = { ...node.data, hProperties: { ...(node.data as { hProperties?: object } | undefined)?.hProperties, id: blockAnchor(id) } };
}
