import { TagsPage } from '../../routes/tags-page';
import { tagsMessages } from '../../i18n/messages/tags';
import { pageMeta } from '../page-meta';

/** `/tags`: every tag as a tree. */
export default TagsPage;

export const meta = () => pageMeta({ title: tagsMessages.en.tagsTitle, path: '/tags' });
