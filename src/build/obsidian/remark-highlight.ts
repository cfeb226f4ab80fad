import type { Nodes, Parent, PhrasingContent, Text } from 'mdast';

// Code and math keep `==` as written.
const SKIP = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'html', 'yaml']);

/**
 * Obsidian `==highlight==` as `<mark>`. The marks may enclose other inline Markdown (`==**bold**==`),
 * so pairs are found across the sibling nodes of one paragraph, never across paragraphs.
 */
export function remarkHighlight() {
  return (tree: Nodes): void => walk(tree);
}

function walk(node: Nodes): void {
  if (SKIP.has(node.type) || !('children' in node)) return;
  for (const child of node.children) walk(child as Nodes);
  if (node.children.some((child) => child.type === 'text' && child.value.includes('=='))) {
    (node as Parent).children = markRuns(node.children as PhrasingContent[]);
  }
}

function markRuns(children: PhrasingContent[]): PhrasingContent[] {
  // Split every text at its `==` so that each marker is its own node, then pair markers left to right.
  const pieces: (PhrasingContent | 'marker')[] = [];
  for (const child of children) {
    if (child.type !== 'text' || !child.value.includes('==')) {
      pieces.push(child);
      continue;
    }
    child.value.split('==').forEach((part, i) => {
      if (i > 0) pieces.push('marker');
      if (part) pieces.push(text(part));
    });
  }
  const out: PhrasingContent[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece !== 'marker') {
      out.push(piece);
      continue;
    }
    const close = pieces.indexOf('marker', i + 1);
    const inner = pieces.slice(i + 1, close) as PhrasingContent[];
    if (close === -1 || inner.length === 0 || startsOrEndsWithSpace(inner)) {
      out.push(text('=='));
      continue;
    }
    out.push({ type: 'mark', children: inner, data: { hName: 'mark' } } as unknown as PhrasingContent);
    i = close;
  }
  return mergeTexts(out);
}

function startsOrEndsWithSpace(inner: PhrasingContent[]): boolean {
  const first = inner[0];
  const last = inner[inner.length - 1];
  return (first?.type === 'text' && /^\s/.test(first.value)) || (last?.type === 'text' && /\s$/.test(last.value));
}

function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = out[out.length - 1];
    if (node.type === 'text' && previous?.type === 'text') previous.value += node.value;
    else out.push(node);
  }
  return out;
}

function text(value: string): Text {
  return { type: 'text', value };
}
