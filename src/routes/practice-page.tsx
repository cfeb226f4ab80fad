import { useEffect, useMemo } from 'react';
import { Link, useLoaderData, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { NoteSummary } from '../content/note-summary';
import { quizMessages } from '../i18n/messages/quiz';
import { studyMessages } from '../i18n/messages/study';
import { useT } from '../i18n/use-t';
import { inLaterTask } from '../ui/next-task';
import { useHydrated } from '../ui/use-hydrated';
import { usePageTitle } from '../ui/use-page-title';
import { loadNoteIndex } from './home/use-note-index';
import { paths } from './paths';
import { PracticeView } from './quiz/practice-view';
import { readPracticeQuery, type PracticeRequest } from './quiz/practice-query';
import { practiceTitle } from './quiz/practice-title';
import type { PracticePlan } from './quiz/prepare-practice';
import { startedFrom, type NotePractice } from './quiz/practice-start';
import { QuizProblem } from './quiz/quiz-problem';
import { SessionInProgress } from './quiz/session-in-progress';
import { useAsyncValue, type AsyncValue } from './quiz/use-async-value';
import { RouteError } from './route-error';

/** A practice's plan and the note index it was made with, which names what the page shows. */
interface PreparedPractice {
  plan: PracticePlan;
  notes: readonly NoteSummary[];
}

/**
 * Makes the plan with code and data that load only now: the vault's note index (28 kB gz, 122 kB to parse on
 * the sample) and the session's preparation are not what a note's pre-rendered practice draws first, so the
 * page hydrates without them and they arrive in tasks of their own once it has. Even asking for them (the
 * bundler's preload of each of their ~19 chunks) waits for a task after the commit that called it.
 */
async function preparePracticeLater(request: PracticeRequest): Promise<PreparedPractice> {
  const [{ preparePractice }, notes] = await inLaterTask(() => Promise.all([import('./quiz/prepare-practice'), loadNoteIndex()]));
  return { plan: await preparePractice(request), notes };
}

/**
 * `/practice?note=|tag=|mode=|ids=` or `/practice/<note>`: practice the selected questions, resuming a saved
 * session. A note's own page is pre-rendered at its first question (its loader's start), which stays, inert,
 * until the session is ready, and then comes alive in place.
 */
export function PracticePage() {
  const t = useT(quizMessages);
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const page = (useLoaderData() as NotePractice | null | undefined) ?? null;
  const start = page?.start ?? null;
  const started = useMemo(() => (page && start ? startedFrom(start, [page.summary]) : null), [page, start]);
  const request = readPracticeQuery(params, useParams().slug);
  // The location key restarts the page when a link leads to the same URL ("practise these again").
  const prepared = useAsyncValue<PreparedPractice>(`${location.pathname}${location.search}|${location.key}`, () => preparePracticeLater(request));
  const plan: AsyncValue<PracticePlan> = prepared.status === 'done' ? { status: 'done', value: prepared.value.plan } : prepared;
  // A note's own page names its note from its summary; any other practice, once the index has come.
  const summaries = prepared.status === 'done' ? prepared.value.notes : page ? [page.summary] : null;
  const ts = useT(studyMessages);
  const title = request.kind !== 'selection'
    ? t('practiceTitle')
    : request.from === 'review' && request.selection.kind === 'ids'
      ? ts('reviewOf', { count: request.selection.ids.length })
      : practiceTitle(request.selection, summaries ?? [], t);
  // Until then a note's name is unknown: the title waits rather than show the note's slug.
  const named = summaries !== null || request.kind !== 'selection' || request.selection.kind !== 'note';
  usePageTitle(named ? title : undefined);
  const redirect = plan.status === 'done' && plan.value.kind === 'redirect' ? plan.value.to : null;
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect, navigate]);

  // The pre-rendered frame never saw the query, so its title would be the wrong one: it waits for hydration.
  // A note's own page knows its note: it shows the note's first question, as a first visit starts.
  const hydrated = useHydrated();
  if (started && (!hydrated || plan.status === 'loading')) {
    // Keyed by the visit, as the live session is below: the session arriving fills this view in, not a new one.
    return <PracticeView key={location.key} title={title} {...started} preview />;
  }
  if (!hydrated || plan.status === 'loading' || redirect) {
    return <QuizProblem title={hydrated && named ? title : undefined} message={t('loading')} busy />;
  }
  if (plan.status === 'error') return <QuizProblem title={title} message={t('loadFailed', { detail: plan.detail })} />;
  const { value } = plan;
  if (value.kind === 'session') {
    const { session, items, notes: loaded } = value.started;
    // One view per visit (a link to the same URL is a new one): the pre-rendered start becomes the live session.
    return <PracticeView key={location.key} title={title} session={session} items={items} notes={loaded} />;
  }
  if (value.kind === 'redirect') return null;
  if (value.kind === 'ask') {
    const fresh = new URLSearchParams(params);
    fresh.set('fresh', '1');
    return <SessionInProgress title={title} open={value.open} notes={summaries ?? []} startTo={`${location.pathname}?${fresh}`} />;
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
