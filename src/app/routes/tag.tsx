import type { ClientLoaderFunctionArgs, LoaderFunctionArgs, MetaArgs } from 'react-router';
import { notes } from 'virtual:examflow/index';
import { normalizeTag } from '../../content/tags';
import { formatMessage } from '../../i18n/format';
import { tagsMessages } from '../../i18n/messages/tags';
import { TagPage, type TagPageData } from '../../routes/tag-page';
import { paths } from '../../routes/paths';
import { tagPageNotes } from '../../routes/tags/tag-notes';
import { pageMeta } from '../page-meta';

/** `/tags/<tag>`: the notes of one tag. */
export default TagPage;

/** Runs when the page is pre-rendered: the page gets its tag's notes, not the vault's whole index. */
export function loader({ params }: LoaderFunctionArgs): TagPageData {
  return { notes: tagPageNotes(notes, params['*'] ?? '') };
}

/** In the browser: the pre-rendered data, else (a tag without a page) the note index, loaded only now. */
export async function clientLoader({ params, serverLoader }: ClientLoaderFunctionArgs): Promise<TagPageData> {
  try {
    return await serverLoader<TagPageData>();
  } catch {
    const { loadNoteIndex } = await import('../../routes/home/use-note-index');
    return { notes: tagPageNotes(await loadNoteIndex(), params['*'] ?? '') };
  }
}

export const meta = ({ params }: MetaArgs) => {
  const tag = normalizeTag(params['*'] ?? '');
  return pageMeta({ title: formatMessage(tagsMessages.en.tagTitle, { tag }), path: paths.tag(tag) });
};
