import { ProgressPage } from '../../routes/progress-page';
import { appMessages } from '../../i18n/messages/app';
import { pageMeta } from '../page-meta';

/** `/progress`: a page drawn in the browser from the reader's own progress; its frame is pre-rendered. */
export default ProgressPage;

export const meta = () => pageMeta({ title: appMessages.en.navProgress, path: '/progress' });
