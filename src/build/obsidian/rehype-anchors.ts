import type GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';

const HEADING = /^h[1-6]$/;

/**
 * Gives every heading the id Obsidian and GitHub link to (its slug; repeats get `-1`, `-2`). One slugger
 * runs over all the Markdown runs of a note, so ids stay unique across the note's page.
 */
export function rehypeAnchors(slugger: GithubSlugger) {
  return (tree: Root): void => visit(tree, slugger);
}

function visit(node: Nodes, slugger: GithubSlugger): void {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    // Embedded notes keep their own ids out of the page: the links point at the embedding note's headings.
    if ((child.properties.className as string[] | undefined)?.includes('markdown-embed')) continue;
    if (HEADING.test(child.tagName) && child.properties.id === undefined) child.properties.id = slugger.slug(toText(child));
    visit(child, slugger);
  }
}
