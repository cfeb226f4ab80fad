import type { MetaArgs } from 'react-router';
import { normalizeTag } from '../../content/tags';
import { formatMessage } from '../../i18n/format';
import { tagsMessages } from '../../i18n/messages/tags';
import { TagPage } from '../../routes/tag-page';
import { paths } from '../../routes/paths';
import { pageMeta } from '../page-meta';

/** `/tags/<tag>`: the notes of one tag. */
export default TagPage;

export const meta = ({ params }: MetaArgs) => {
  const tag = normalizeTag(params['*'] ?? '');
  return pageMeta({ title: formatMessage(tagsMessages.en.tagTitle, { tag }), path: paths.tag(tag) });
};
