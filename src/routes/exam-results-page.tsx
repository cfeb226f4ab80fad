import { Link, useParams } from 'react-router';
import { loadNote, notes } from 'virtual:examflow/index';
import { quizMessages } from '../i18n/messages/quiz';
import { useLanguage, useT } from '../i18n/use-t';
import { formatClock } from '../quiz/exam-timer';
import { flaggedIds, progressStore, useProgress } from '../store/progress';
import { useSettings } from '../store/settings';
import { usePageTitle } from '../ui/use-page-title';
import { paths } from './paths';
import { ByTagTable } from './quiz/by-tag-table';
import { ExamReview } from './quiz/exam-review';
import { examOutcomes } from './quiz/exam-outcome';
import { loadSessionItems } from './quiz/load-items';
import { QuizProblem } from './quiz/quiz-problem';
import { useAsyncValue } from './quiz/use-async-value';
import { RouteError } from './route-error';
import './quiz/quiz.css';

/** `/exam/results/:id`: a finished exam's score, pass or fail, results by tag and the full review. */
export function ExamResultsPage() {
  const t = useT(quizMessages);
  const language = useLanguage();
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

  if (!exam) {
    return (
      <QuizProblem title={t('resultsTitle')} message={t('resultsNotFound', { id })}>
        <Link className="btn btn-primary" to={paths.exam()}>{t('newExam')}</Link>
      </QuizProblem>
    );
  }
  if (loaded.status === 'loading') return <QuizProblem title={t('resultsTitle')} message={t('loading')} busy />;
  if (loaded.status === 'error') return <QuizProblem title={t('resultsTitle')} message={t('loadFailed', { detail: loaded.detail })} />;
  const outcomes = examOutcomes(exam, attempts, loaded.value?.items ?? [], new Set(flaggedIds({ flags })));
  const percentage = exam.total > 0 ? Math.round((100 * exam.correct) / exam.total) : 0;
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(exam.at));
  return (
    <div className="quiz-page exam-results stack">
      <h1 aria-describedby="exam-score">{t('resultsTitle')}</h1>
      <section id="exam-score" className={`card exam-score ${exam.passed ? 'is-pass' : 'is-fail'}`}>
        <p className="quiz-score">
          {t('passLine', { scaled: exam.scaled, verdict: exam.passed ? t('passed') : t('failed'), mark: passMark })}
        </p>
        <p>{t('correctCount', { correct: exam.correct, total: exam.total, percentage })}</p>
        <p className="muted">{t('timeUsed', { time: formatClock(exam.seconds * 1000) })} · {t('takenAt', { date })}</p>
      </section>
      <section aria-labelledby="results-by-tag">
        <h2 id="results-by-tag">{t('byTag')}</h2>
        <ByTagTable byTag={exam.byTag} headingId="results-by-tag" />
      </section>
      <ExamReview outcomes={outcomes} />
      <Link className="btn btn-primary" to={paths.exam()}>{t('newExam')}</Link>
    </div>
  );
}

export { ExamResultsPage as Component, RouteError as ErrorBoundary };
