import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { notes } from 'virtual:examflow/index';
import { quizMessages } from '../i18n/messages/quiz';
import { studyMessages } from '../i18n/messages/study';
import { useT } from '../i18n/use-t';
import { useHydrated } from '../ui/use-hydrated';
import { usePageTitle } from '../ui/use-page-title';
import { paths } from './paths';
import { PracticeView } from './quiz/practice-view';
import { readPracticeQuery } from './quiz/practice-query';
import { practiceTitle } from './quiz/practice-title';
import { preparePractice, type PracticePlan } from './quiz/prepare-practice';
import { QuizProblem } from './quiz/quiz-problem';
import { SessionInProgress } from './quiz/session-in-progress';
import { useAsyncValue } from './quiz/use-async-value';
import { RouteError } from './route-error';
import './quiz/quiz.css';

/** `/practice?note=|tag=|mode=|ids=`: practice the selected questions, resuming a saved session. */
export function PracticePage() {
  const t = useT(quizMessages);
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const request = readPracticeQuery(params);
  const ts = useT(studyMessages);
  const title = request.kind !== 'selection'
    ? t('practiceTitle')
    : request.from === 'review' && request.selection.kind === 'ids'
      ? ts('reviewOf', { count: request.selection.ids.length })
      : practiceTitle(request.selection, notes, t);
  usePageTitle(title);
  // The location key restarts the page when a link leads to the same URL ("practise these again").
  const plan = useAsyncValue<PracticePlan>(`${location.search}|${location.key}`, () => preparePractice(request));
  const redirect = plan.status === 'done' && plan.value.kind === 'redirect' ? plan.value.to : null;
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect, navigate]);

  // The pre-rendered frame never saw the query, so its title would be the wrong one: it waits for hydration.
  const hydrated = useHydrated();
  if (!hydrated || plan.status === 'loading' || redirect) {
    return <QuizProblem title={hydrated ? title : undefined} message={t('loading')} busy />;
  }
  if (plan.status === 'error') return <QuizProblem title={title} message={t('loadFailed', { detail: plan.detail })} />;
  const { value } = plan;
  if (value.kind === 'session') {
    const { session, items, notes: loaded } = value.started;
    return <PracticeView key={session.id} title={title} session={session} items={items} notes={loaded} />;
  }
  if (value.kind === 'redirect') return null;
  if (value.kind === 'ask') {
    const fresh = new URLSearchParams(params);
    fresh.set('fresh', '1');
    return <SessionInProgress title={title} open={value.open} startTo={`${location.pathname}?${fresh}`} />;
  }
  const messages = {
    'unknown-note': t('unknownNote', { slug: value.slug ?? '' }),
    // An empty list of mistakes is good news, not an error: say which list is empty.
    empty: request.kind === 'selection' && request.selection.kind === 'wrong'
      ? ts('noneWrong')
      : request.kind === 'selection' && request.selection.kind === 'flagged' ? ts('noneFlagged') : t('emptySelection'),
    'nothing-due': t('nothingDue'),
    'unknown-mode': t('unknownMode'),
    'nothing-asked': t('nothingAsked'),
  } as const;
  return (
    <QuizProblem title={title} message={messages[value.problem]}>
      <Link className="btn btn-primary" to={paths.home()}>{t('backHome')}</Link>
    </QuizProblem>
  );
}

export { PracticePage as Component, RouteError as ErrorBoundary };
