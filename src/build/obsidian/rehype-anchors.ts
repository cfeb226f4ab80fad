import type GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';

import type { OutlineHeading } from '../../content/note-module.ts';

const HEADING = /^h([1-6])$/;

/**
 * Gives every heading the id Obsidian and GitHub link to (its slug; repeats get `-1`, `-2`). One slugger
 * runs over all the Markdown runs of a note, so ids stay unique across the note's page. Each heading given
 * an id is also added to `outline`, when one is passed, in page order.
 */
export function rehypeAnchors(slugger: GithubSlugger, outline?: OutlineHeading[]) {
  return (tree: Root): void => visit(tree, slugger, outline);
}

function visit(node: Nodes, slugger: GithubSlugger, outline: OutlineHeading[] | undefined): void {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    // Embedded notes keep their own ids out of the page: the links point at the embedding note's headings.
    if ((child.properties.className as string[] | undefined)?.includes('markdown-embed')) continue;
    const level = HEADING.exec(child.tagName)?.[1];
    if (level && child.properties.id === undefined) {
      const text = toText(child).trim();
      const id = slugger.slug(text);
      child.properties.id = id;
      if (text) outline?.push({ depth: Number(level), text, id });
    }
    visit(child, slugger, outline);
  }
}
