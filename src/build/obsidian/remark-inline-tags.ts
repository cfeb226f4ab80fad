import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { INLINE_TAG } from '../../content/inline-tags.ts';
import { boundTag, normalizeTag } from '../../content/tags.ts';

/** Options of {@link remarkInlineTags}: the URL of a tag's page. */
export interface InlineTagOptions {
  tagHref: (tag: string) => string;
}

/** Turns inline `#tags` (not in code or links) into links to their tag page, shown as written. */
export function remarkInlineTags(options: InlineTagOptions) {
  return (tree: Root): void => {
    findAndReplace(
      tree,
      [
        new RegExp(INLINE_TAG.source, INLINE_TAG.flags),
        (whole: string, name: string) => ({
          type: 'link',
          // The link goes where the note's tag list does: to the tag as bounded at read time.
          url: options.tagHref(boundTag(normalizeTag(name)).tag),
          children: [{ type: 'text', value: whole }],
          data: { hProperties: { className: ['tag'] } },
        }),
      ],
      { ignore: ['link', 'linkReference', 'inlineCode', 'code', 'inlineMath', 'math', 'heading'] },
    );
  };
}
