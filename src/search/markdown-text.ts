/** Plain text out of inline Markdown, for a page's description. */
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Plain CommonMark: a question stem is one line of inline Markdown, and GFM would only slow the parse.
const parser = unified().use(remarkParse);

/** The plain text of inline Markdown such as a question stem or an option. */
export function inlineText(markdown: string): string {
  return toString(parser.parse(markdown)).replace(/\s+/g, ' ').trim();
}
