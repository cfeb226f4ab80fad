import { parseMarkdownTree, sourceOf } from '../../content/markdown-tree.ts';

/**
 * The source of every footnote definition of a note. A note is rendered in runs (text, questions, flows),
 * so each run that cites a footnote gets the definitions appended and shows the footnotes it cites.
 */
export function footnoteDefinitions(markdown: string): string {
  if (!markdown.includes('[^')) return '';
  return parseMarkdownTree(markdown)
    .children.filter((node) => node.type === 'footnoteDefinition')
    .map((node) => sourceOf(markdown, node))
    .join('\n\n');
}
