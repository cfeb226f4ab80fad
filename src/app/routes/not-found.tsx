import { appMessages } from '../../i18n/messages/app';
import { NotFoundPage } from '../../routes/not-found-page';
import { pageMeta } from '../page-meta';

/** Any address no other route knows. */
export default NotFoundPage;

export const meta = () => [...pageMeta({ title: appMessages.en.notFoundTitle, path: '/' }), { name: 'robots', content: 'noindex' }];
