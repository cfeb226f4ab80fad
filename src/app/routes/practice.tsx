import { PracticePage } from '../../routes/practice-page';
import { quizMessages } from '../../i18n/messages/quiz';
import { pageMeta } from '../page-meta';

/** `/practice`: a page drawn in the browser from the reader's own progress; its frame is pre-rendered. */
export default PracticePage;

export const meta = () => pageMeta({ title: quizMessages.en.practiceTitle, path: '/practice' });
