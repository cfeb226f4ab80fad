import { SettingsPage } from '../../routes/settings-page';
import { appMessages } from '../../i18n/messages/app';
import { pageMeta } from '../page-meta';

/** `/settings`: a page drawn in the browser from the reader's own progress; its frame is pre-rendered. */
export default SettingsPage;

export const meta = () => pageMeta({ title: appMessages.en.navSettings, path: '/settings' });
