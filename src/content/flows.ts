import type { Code, RootContent } from 'mdast';
import { sourceOf, startLine } from './markdown-tree.ts';
import { sectionsOfKind, type Section } from './sections.ts';
import type { FlowBlock } from './types.ts';

/** A flow block and the root child it came from. */
export interface FoundFlow {
  flow: FlowBlock;
  node: number;
}

/** Every fenced code block that sits directly in a flow section ("아키텍처 플로우", "Architecture Flow", "Flow"). */
export function findFlows(nodes: RootContent[], sections: Section[], markdown: string): FoundFlow[] {
  const found: FoundFlow[] = [];
  for (const section of sectionsOfKind(sections, 'flow')) {
    for (let i = section.start; i < section.end; i += 1) {
      const node = nodes[i];
      if (node?.type === 'code' && isFenced(node, markdown)) {
        found.push({ flow: { source: node.value, line: startLine(node) }, node: i });
      }
    }
  }
  return found;
}

function isFenced(node: Code, markdown: string): boolean {
  const opening = sourceOf(markdown, node).trimStart();
  return opening.startsWith('```') || opening.startsWith('~~~');
}
