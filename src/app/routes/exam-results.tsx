import type { MetaArgs } from 'react-router';
import { ExamResultsPage } from '../../routes/exam-results-page';
import { quizMessages } from '../../i18n/messages/quiz';
import { paths } from '../../routes/paths';
import { pageMeta } from '../page-meta';

/** `/exam/results/:id`: one finished exam, read from the reader's own progress (never pre-rendered). */
export default ExamResultsPage;

export const meta = ({ params }: MetaArgs) =>
  pageMeta({ title: quizMessages.en.resultsTitle, path: paths.examResults(params.id ?? '') });
