import { useLoaderData, useParams } from 'react-router';
import { tagsMessages } from '../i18n/messages/tags';
import { useT } from '../i18n/use-t';
import { normalizeTag } from '../content/tags';
import { TagNotesView } from './tags/tag-notes-view';
import type { TagPageNote } from './tags/tag-notes';
import { decodeTagPath } from '../content/tag-url';
import { usePageTitle } from '../ui/use-page-title';

/** What the tag page's loader hands it: the notes of the tag and of its narrower tags. */
export interface TagPageData {
  notes: TagPageNote[];
}

/** `/tags/<tag>` (the tag may contain slashes): the notes carrying the tag or a narrower one. */
export function TagPage() {
  const t = useT(tagsMessages);
  // The route is `tags/*`; the router hands the splat back percent-decoded, still in paths.tag's escapes.
  const tag = decodeTagPath(useParams()['*'] ?? '');
  usePageTitle(t('tagTitle', { tag: normalizeTag(tag) }));
  const { notes } = useLoaderData() as TagPageData;
  return <TagNotesView key={tag} tag={tag} notes={notes} />;
}

export { TagPage as Component };
