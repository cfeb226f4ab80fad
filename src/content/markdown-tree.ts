import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * Parses Markdown (with YAML frontmatter and GFM) into an mdast syntax tree with positions. Typographic
 * bullets ("• ", "· ") start list items, as the note's author meant; offsets still index the original text.
 */
export function parseMarkdownTree(markdown: string): Root {
  return processor.parse(withListMarkers(markdown));
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TYPOGRAPHIC_BULLET = /^([ \t]*)[•◦▪‣·](?=[ \t])/;

// Each bullet is one UTF-16 unit, like "-", so every offset of the tree is an offset of the original text.
/** Turns typographic bullets ("• ") into "-" list markers outside fences, keeping every offset. */
export function withListMarkers(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const open = line.match(FENCE)?.[1]?.[0];
      if (open !== undefined) {
        if (fence === null) fence = open;
        else if (open === fence) fence = null;
        return line;
      }
      return fence === null ? line.replace(TYPOGRAPHIC_BULLET, '$1-') : line;
    })
    .join('\n');
}

/** The original Markdown source of a node, exactly as written. */
export function sourceOf(markdown: string, node: Nodes): string {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return markdown.slice(start, end);
}

/** The 1-based line where a node starts (1 when the node has no position). */
export function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** Start offset of a node in the source (0 when unknown). */
export function startOffset(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

/** End offset of a node in the source (its start when unknown). */
export function endOffset(node: Nodes): number {
  return node.position?.end.offset ?? startOffset(node);
}

/** The plain text of a node, without Markdown syntax. */
export function plainText(node: Nodes): string {
  return toString(node);
}

/** Converts source offsets to 1-based line numbers with a binary search over line starts. */
export function createLineIndex(markdown: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < markdown.length; i += 1) {
    if (markdown.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
