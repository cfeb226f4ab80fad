import { Link, useLocation, useParams } from 'react-router';
import { notes } from 'virtual:examflow/index';
import { examsMessages } from '../i18n/messages/exams';
import { quizMessages } from '../i18n/messages/quiz';
import { useT } from '../i18n/use-t';
import { flaggedIds, progressStore, useProgress } from '../store/progress';
import { usePageTitle } from '../ui/use-page-title';
import { paths } from './paths';
import { ByTagGroups } from './quiz/by-tag-groups';
import { ExamAnswers } from './quiz/exam-answers';
import { examOutcomes } from '../quiz/exam-outcome';
import { loadSessionItems } from '../quiz/load-items';
import { ExamScore } from './quiz/exam-score';
import { TimeUpNotice } from './quiz/time-up-notice';
import { blueprint, useExamShape } from './quiz/exam-blueprint';
import { DomainResults } from './blueprint/domain-results';
import { useAsyncValue } from './quiz/use-async-value';
import { loadQuizNote } from './quiz/quiz-note-loader';
import { RouteError } from './route-error';

/**
 * `/exam/results/:id`: a finished exam's score, pass or fail, whether time ran out, the full review and
 * then its results by tag (grouped and closed, so the review comes first on a phone).
 */
export function ExamResultsPage() {
  const t = useT(quizMessages);
  const te = useT(examsMessages);
  usePageTitle(t('resultsTitle'));
  const id = useParams().id ?? '';
  // The exam page says so when it submits because time ran out: that arrival is announced.
  const justTimedOut = (useLocation().state as { timeUp?: boolean } | null)?.timeUp === true;
  const exam = useProgress((s) => s.exams.find((e) => e.id === id));
  const attempts = useProgress((s) => s.attempts);
  const flags = useProgress((s) => s.flags);
  // The record keeps pass/fail as decided then; the mark shown is today's (settings or examflow.yaml).
  const { passMark } = useExamShape();
  const loaded = useAsyncValue(`results-${id}-${exam ? 'found' : 'missing'}`, async () => {
    if (!exam) return null;
    const state = progressStore.getState();
    const history = { attempts: state.attempts, flagged: flaggedIds(state) };
    return loadSessionItems({ selection: { kind: 'ids', ids: exam.questionIds }, questionIds: exam.questionIds }, notes, history, loadQuizNote);
  });

  // One heading through loading and loaded, so the focus the router gave it survives the load.
  return (
    <div className="quiz-page quiz-exam-results stack">
      <h1 aria-describedby={!exam ? undefined : exam.timedOut || justTimedOut ? 'time-up-title exam-score' : 'exam-score'}>{t('resultsTitle')}</h1>
      {!exam ? (
        <>
          <p role="status">{t('resultsNotFound', { id })}</p>
          <Link className="btn btn-primary" to={paths.exam()}>{t('newExam')}</Link>
        </>
      ) : (
        <>
          {(exam.timedOut || justTimedOut) && <TimeUpNotice announce={justTimedOut} />}
          <ExamScore exam={exam} passMark={passMark} />
          {loaded.status === 'loading' && <p role="status">{t('loading')}</p>}
          {loaded.status === 'error' && <p role="alert">{t('loadFailed', { detail: loaded.detail })}</p>}
          {loaded.status === 'done' && (() => {
            const outcomes = examOutcomes(exam, attempts, loaded.value?.items ?? [], new Set(flaggedIds({ flags })));
            return (
              <>
                {blueprint && <DomainResults blueprint={blueprint} outcomes={outcomes} />}
                <ExamAnswers outcomes={outcomes} />
              </>
            );
          })()}
          <ByTagGroups byTag={exam.byTag} />
          <div className="row">
            <Link className="btn btn-primary" to={paths.exam()}>{t('newExam')}</Link>
            <Link className="btn" to={paths.pastExams()}>{te('allPastExams')}</Link>
          </div>
        </>
      )}
    </div>
  );
}

export { ExamResultsPage as Component, RouteError as ErrorBoundary };
