import type { NoteSummary } from '../../content/note-summary';
import { decodeTagPath } from '../../content/tag-url';
import { boundTag, normalizeTag } from '../../content/tags';
import { notesWithTag } from '../../search/tag-tree';

/**
 * The notes a tag page lists, of `notes`, for the route's splat (`tags/<splat>`): the tag's and its
 * narrower tags' notes, so the page ships those and not the whole vault's index.
 */
export function tagPageNotes(notes: readonly NoteSummary[], splat: string): NoteSummary[] {
  return notesWithTag(notes, boundTag(normalizeTag(decodeTagPath(splat))).tag);
}
