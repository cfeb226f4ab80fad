import type { Nodes } from 'mdast';
import { parseMarkdownTree } from './markdown-tree.ts';

// Code keeps its `%%` as written, so only text outside code spans and fences is searched.
const CODE = new Set(['code', 'inlineCode', 'math', 'inlineMath']);

/**
 * Removes Obsidian `%%comments%%` (inline or over several lines) outside code, keeping every line break
 * so that lines reported later still point at the file as written. An unclosed `%%` hides the rest of
 * the note, as in Obsidian.
 */
export function stripComments(markdown: string): string {
  if (!markdown.includes('%%')) return markdown;
  const code: [number, number][] = [];
  const collect = (node: Nodes) => {
    if (CODE.has(node.type)) code.push([node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]);
    else if ('children' in node) for (const child of node.children) collect(child);
  };
  collect(parseMarkdownTree(markdown));
  const inCode = (offset: number) => code.some(([start, end]) => offset >= start && offset < end);
  let out = '';
  let last = 0;
  let open = -1;
  for (let i = markdown.indexOf('%%'); i !== -1; i = markdown.indexOf('%%', i)) {
    if (inCode(i)) {
      i += 2;
      continue;
    }
    if (open === -1) open = i;
    else {
      out += markdown.slice(last, open) + keepBreaks(markdown.slice(open, i + 2));
      last = i + 2;
      open = -1;
    }
    i += 2;
  }
  if (open !== -1) {
    out += markdown.slice(last, open) + keepBreaks(markdown.slice(open));
    last = markdown.length;
  }
  return out + markdown.slice(last);
}

function keepBreaks(comment: string): string {
  return comment.replace(/[^\n]/g, '');
}
