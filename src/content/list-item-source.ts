import type { ListItem } from 'mdast';
import { endOffset, startOffset } from './markdown-tree.ts';

/**
 * The Markdown of a list item without its bullet marker, continuation lines de-indented to the item's
 * content column, from `from` (default: where the content starts) to the item's end, trimmed.
 */
export function itemContent(markdown: string, item: ListItem, from?: number): string {
  const first = item.children[0];
  const contentStart = first === undefined ? endOffset(item) : startOffset(first);
  const indent = Math.max(0, (first?.position?.start.column ?? 1) - 1);
  const text = markdown.slice(from ?? contentStart, endOffset(item));
  return dedent(text, indent).trim();
}

/** Removes up to `indent` leading spaces (a tab counts as one) from every line but the first. */
export function dedent(text: string, indent: number): string {
  if (indent === 0) return text;
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? line : stripIndent(line, indent)))
    .join('\n');
}

function stripIndent(line: string, indent: number): string {
  let i = 0;
  while (i < indent && i < line.length && (line[i] === ' ' || line[i] === '\t')) i += 1;
  return line.slice(i);
}
