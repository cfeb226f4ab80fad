import type { Nodes } from 'mdast';
import { parseMarkdownTree } from '../../content/markdown-tree.ts';
import { stripComments } from '../../content/obsidian-comments.ts';
import { diagnostic } from '../../content/diagnostic.ts';
import type { Diagnostic } from '../../content/types.ts';
import { drawMermaid } from './mermaid-svg.ts';

/**
 * A warning for every ```mermaid block the build cannot draw (a kind no drawer knows, or a line the drawer
 * refuses), at the block's opening fence: the page shows its source with a notice, and the author learns why.
 */
export function mermaidDiagnostics(markdown: string): Diagnostic[] {
  if (!/mermaid/i.test(markdown)) return [];
  const found: Diagnostic[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'code' && node.lang?.toLowerCase() === 'mermaid') {
      const drawn = drawMermaid(node.value);
      const line = node.position?.start.line ?? 1;
      if (!drawn.ok && !drawn.supported) found.push(diagnostic('warning', line, 'mermaid-kind-undrawn', { kind: drawn.kind }));
      else if (!drawn.ok) found.push(diagnostic('warning', line, 'mermaid-undrawn', { kind: drawn.kind, reason: drawn.reason }));
    } else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parseMarkdownTree(stripComments(markdown)));
  return found;
}
