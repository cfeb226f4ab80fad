/**
 * The anchor id of every top-level heading of a note, the way GitHub (and rehype-slug) spell them:
 * one slugger per note, so a repeated heading gets `-1`, `-2`… in order.
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { plainText } from './markdown-tree.ts';

/** Anchor ids by index into `root.children`, for each heading there. */
export function headingAnchors(root: Root): Map<number, string> {
  const slugger = new GithubSlugger();
  const anchors = new Map<number, string>();
  root.children.forEach((node, index) => {
    if (node.type === 'heading') anchors.set(index, slugger.slug(plainText(node).trim()));
  });
  return anchors;
}
