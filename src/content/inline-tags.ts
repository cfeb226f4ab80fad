import type { Nodes, Root } from 'mdast';
import { normalizeTag } from './tags.ts';

/**
 * An Obsidian inline tag: `#` at the start or after a space, then letters, digits, `_`, `-` or `/`.
 * A tag of digits only (`#1`) is not a tag, as in Obsidian.
 */
export const INLINE_TAG = /(?<=^|\s)#([\p{L}\p{M}\p{N}_\-/]*[\p{L}\p{M}_\-/][\p{L}\p{M}\p{N}_\-/]*)/gu;

// Text inside these is code, a link or a link's target, never a tag.
const SKIP = new Set(['code', 'inlineCode', 'link', 'linkReference', 'definition', 'html', 'yaml', 'math', 'inlineMath']);

/** The inline `#tags` of a note's text (not in code or links), normalised, in order of first use. */
export function inlineTags(root: Root): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'text') {
      for (const match of node.value.matchAll(INLINE_TAG)) found.push(normalizeTag(match[1] ?? ''));
    } else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return found.filter(Boolean);
}

/** Frontmatter tags first, then inline tags, without repeats (compared case-insensitively, as Obsidian does). */
export function mergeTags(...lists: readonly string[][]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of lists.flat()) {
    const key = tag.toLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}
