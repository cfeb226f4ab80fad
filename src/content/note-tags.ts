import type { Root } from 'mdast';
import { diagnostic } from './diagnostic.ts';
import { inlineTags, mergeTags } from './inline-tags.ts';
import { boundTag, MAX_TAG_DEPTH, MAX_TAG_LENGTH } from './tags.ts';
import type { Diagnostic } from './types.ts';

/** How much of a cut tag a message quotes: enough to find it, never the whole 5,000 characters. */
const QUOTED = 40;

const quote = (tag: string) => ([...tag].length > QUOTED ? `${[...tag].slice(0, QUOTED).join('')}…` : tag);

/**
 * A note's tags (frontmatter first, then inline `#tags`), each bounded in depth and length, with a warning
 * for every tag that was cut, on the line where the tag's first level is written.
 */
export function readNoteTags(frontmatterTags: string[], root: Root, markdown: string, lineOf: (offset: number) => number) {
  const diagnostics: Diagnostic[] = [];
  const tags = mergeTags(frontmatterTags, inlineTags(root)).map((tag) => {
    const bounded = boundTag(tag);
    if (bounded.depth === null && bounded.length === null) return tag;
    const at = markdown.indexOf(tag.split('/')[0] ?? tag);
    const line = at === -1 ? 1 : lineOf(at);
    if (bounded.depth !== null) diagnostics.push(diagnostic('warning', line, 'tag-too-deep', { tag: quote(tag), depth: bounded.depth, max: MAX_TAG_DEPTH }));
    if (bounded.length !== null) diagnostics.push(diagnostic('warning', line, 'tag-too-long', { tag: quote(tag), length: bounded.length ?? 0, max: MAX_TAG_LENGTH }));
    return bounded.tag;
  });
  // Two tags cut to the same levels are one tag.
  return { tags: mergeTags(tags), diagnostics };
}
