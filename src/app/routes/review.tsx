import { ReviewPage } from '../../routes/review-page';
import { appMessages } from '../../i18n/messages/app';
import { pageMeta } from '../page-meta';

/** `/review`: a page drawn in the browser from the reader's own progress; its frame is pre-rendered. */
export default ReviewPage;

export const meta = () => pageMeta({ title: appMessages.en.navReview, path: '/review' });
