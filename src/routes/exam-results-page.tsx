import { Link, useParams } from 'react-router';
import { loadNote, notes } from 'virtual:examflow/index';
import { quizMessages } from '../i18n/messages/quiz';
import { useT } from '../i18n/use-t';
import { flaggedIds, progressStore, useProgress } from '../store/progress';
import { useSettings } from '../store/settings';
import { usePageTitle } from '../ui/use-page-title';
import { paths } from './paths';
import { ByTagTable } from './quiz/by-tag-table';
import { ExamReview } from './quiz/exam-review';
import { examOutcomes } from './quiz/exam-outcome';
import { loadSessionItems } from '../quiz/load-items';
import { ExamScore } from './quiz/exam-score';
import { useAsyncValue } from './quiz/use-async-value';
import { RouteError } from './route-error';
import './quiz/quiz.css';

/** `/exam/results/:id`: a finished exam's score, pass or fail, results by tag and the full review. */
export function ExamResultsPage() {
  const t = useT(quizMessages);
  usePageTitle(t('resultsTitle'));
  const id = useParams().id ?? '';
  const exam = useProgress((s) => s.exams.find((e) => e.id === id));
  const attempts = useProgress((s) => s.attempts);
  const flags = useProgress((s) => s.flags);
  // The record keeps pass/fail as decided then; the mark shown is today's setting.
  const passMark = useSettings((s) => s.passMark);
  const loaded = useAsyncValue(`results-${id}-${exam ? 'found' : 'missing'}`, async () => {
    if (!exam) return null;
    const state = progressStore.getState();
    const history = { attempts: state.attempts, flagged: flaggedIds(state) };
    return loadSessionItems({ selection: { kind: 'ids', ids: exam.questionIds }, questionIds: exam.questionIds }, notes, history, loadNote);
  });

  // One heading through loading and loaded, so the focus the router gave it survives the load.
  return (
    <div className="quiz-page exam-results stack">
      <h1 aria-describedby={exam ? 'exam-score' : undefined}>{t('resultsTitle')}</h1>
      {!exam ? (
        <>
          <p role="status">{t('resultsNotFound', { id })}</p>
          <Link className="btn btn-primary" to={paths.exam()}>{t('newExam')}</Link>
        </>
      ) : (
        <>
          <ExamScore exam={exam} passMark={passMark} />
          <section aria-labelledby="results-by-tag">
            <h2 id="results-by-tag">{t('byTag')}</h2>
            <ByTagTable byTag={exam.byTag} headingId="results-by-tag" />
          </section>
          {loaded.status === 'loading' && <p role="status">{t('loading')}</p>}
          {loaded.status === 'error' && <p role="alert">{t('loadFailed', { detail: loaded.detail })}</p>}
          {loaded.status === 'done' && (
            <ExamReview outcomes={examOutcomes(exam, attempts, loaded.value?.items ?? [], new Set(flaggedIds({ flags })))} />
          )}
          <Link className="btn btn-primary" to={paths.exam()}>{t('newExam')}</Link>
        </>
      )}
    </div>
  );
}

export { ExamResultsPage as Component, RouteError as ErrorBoundary };
