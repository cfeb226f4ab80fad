import type { NoteSummary } from '../../content/note-summary';
import { decodeTagPath } from '../../content/tag-url';
import { boundTag, keyMatches, normalizeTag, tagKey } from '../../content/tags';
import { notesWithTag } from '../../search/tag-tree';

/**
 * What a tag page shows of a note: its title, its questions (counted, and their status), and of its tags only
 * those under the page's tag, from which the page draws its narrower tags.
 */
export type TagPageNote = Pick<NoteSummary, 'slug' | 'title' | 'tags' | 'questionCount' | 'questionIds'>;

/**
 * The notes a tag page lists, of `notes`, for the route's splat (`tags/<splat>`): the tag's and its narrower
 * tags' notes, each with only what the page shows. The page's data is written into its HTML and decoded before
 * it hydrates, and the narrower tags' tree is built as it hydrates: a note's other tags (its file, its aliases)
 * cost both and showed nowhere.
 */
export function tagPageNotes(notes: readonly NoteSummary[], splat: string): TagPageNote[] {
  const tag = boundTag(normalizeTag(decodeTagPath(splat))).tag;
  const key = tagKey(tag);
  return notesWithTag(notes, tag).map(({ slug, title, tags, questionCount, questionIds }) => ({
    slug,
    title,
    tags: tags.filter((own) => keyMatches(tagKey(own), key)),
    questionCount,
    questionIds,
  }));
}
