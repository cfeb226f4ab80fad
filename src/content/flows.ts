import type { Code, RootContent } from 'mdast';
import { drawsFlow } from '../diagram/draws-flow.ts';
import { sourceOf, startLine } from './markdown-tree.ts';
import type { FlowBlock } from './types.ts';

/** A flow block and the root child it came from. */
export interface FoundFlow {
  flow: FlowBlock;
  node: number;
}

/**
 * Every fenced code block with no language that draws a flow, wherever it stands in the note. A block that
 * names a language (`python`, `json`, `mermaid`…) is never read as ASCII art, even under a flow heading.
 */
export function findFlows(nodes: RootContent[], markdown: string): FoundFlow[] {
  const found: FoundFlow[] = [];
  nodes.forEach((node, i) => {
    if (node.type !== 'code' || node.lang || !isFenced(node, markdown) || !drawsFlow(node.value)) return;
    found.push({ flow: { source: node.value, line: startLine(node) }, node: i });
  });
  return found;
}

function isFenced(node: Code, markdown: string): boolean {
  const opening = sourceOf(markdown, node).trimStart();
  return opening.startsWith('```') || opening.startsWith('~~~');
}
