import { ExamPage } from '../../routes/exam-page';
import { quizMessages } from '../../i18n/messages/quiz';
import { pageMeta } from '../page-meta';

/** `/exam`: a page drawn in the browser from the reader's own progress; its frame is pre-rendered. */
export default ExamPage;

export const meta = () => pageMeta({ title: quizMessages.en.examTitle, path: '/exam' });
