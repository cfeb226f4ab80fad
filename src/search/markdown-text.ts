/** Plain text out of Markdown, for indexing and for result snippets. */
import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The readable text of a Markdown run, split into its headings and everything else. */
export interface MarkdownText {
  headings: string[];
  /** Paragraph, list and table text joined by single spaces; code blocks are left out. */
  body: string;
}

// Plain CommonMark: GFM doubles the parse time of a vault, and its tables only matter for the pipes and
// dashes left in the text, which `dropTableRules` removes.
const parser = unified().use(remarkParse);

// Block-level nodes whose text is collected whole; their children are never visited again.
const TEXT_BLOCKS = new Set(['paragraph']);

/** Reads the headings and the plain body text of Markdown, skipping code (diagrams and snippets). */
export function markdownText(markdown: string): MarkdownText {
  const tree = parser.parse(markdown) as Root;
  const headings: string[] = [];
  const parts: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'heading') {
      headings.push(cleanHeading(node));
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return;
    if (TEXT_BLOCKS.has(node.type)) {
      parts.push(dropTableRules(toString(node)));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return { headings: headings.filter(Boolean), body: squashSpaces(parts.join(' ')) };
}

/** The plain text of inline Markdown such as a question stem or an option. */
export function inlineText(markdown: string): string {
  return squashSpaces(toString(parser.parse(markdown)));
}

function cleanHeading(heading: Heading): string {
  // Headings of these notes start with an emoji ("🎯 핵심 포인트") that only adds noise to search.
  return squashSpaces(toString(heading).replace(/^[^\p{L}\p{N}]+/u, ''));
}

/** Removes the cell bars and `---` rules that a table leaves in its text when parsed without GFM. */
export function dropTableRules(text: string): string {
  return text.replace(/(?:\s*\|\s*|\s*:?-{3,}:?\s*)+/g, ' ');
}

function squashSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
