import { useState } from 'react';
import { quizMessages } from '../i18n/messages/quiz';
import { useT } from '../i18n/use-t';
import type { Session } from '../quiz/session';
import { progressStore } from '../store/progress';
import { usePageTitle } from '../ui/use-page-title';
import type { ExamScope } from '../quiz/exam-scopes';
import { blueprint } from './quiz/exam-blueprint';
import { ExamSetup } from './quiz/exam-setup';
import { ExamView } from './quiz/exam-view';
import { PastExams } from './quiz/past-exams';
import { resumeSession, startSession, type StartedSession } from './quiz/start-session';
import { useAsyncValue } from './quiz/use-async-value';
import { RouteError } from './route-error';

/** Finds the saved exam in progress, if any, with its items loaded again. */
async function savedExam(): Promise<StartedSession | null> {
  const saved: Session | null = progressStore.getState().sessions.exam;
  return saved && saved.finishedAt === null ? resumeSession(saved) : null;
}

/** `/exam`: the exam in progress (resumed after a reload, timer included), or the setup of a new one and the past exams. */
export function ExamPage() {
  const t = useT(quizMessages);
  usePageTitle(t('examTitle'));
  const saved = useAsyncValue('saved-exam', savedExam);
  const [started, setStarted] = useState<StartedSession | null>(null);
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const start = (scope: ExamScope, questions: number, minutes: number) => {
    setStarting(true);
    setFailure(null);
    startSession(scope.selection, { mode: 'exam', limit: questions, minutes, byDomain: scope.value === 'all' ? blueprint : null }).then(
      (result) => (result ? setStarted(result) : setFailure(t('emptySelection'))),
      (error: unknown) => setFailure(t('loadFailed', { detail: error instanceof Error ? error.message : String(error) })),
    ).finally(() => setStarting(false));
  };

  const running = started ?? (saved.status === 'done' ? saved.value : null);
  if (running) return <ExamView key={running.session.id} session={running.session} items={running.items} />;
  // One heading for loading and setup, so the focus the router gave it survives the load.
  return (
    <div className="quiz-page stack" aria-busy={saved.status === 'loading' || undefined}>
      <h1>{t('examTitle')}</h1>
      {saved.status === 'loading' && <p role="status">{t('loading')}</p>}
      {saved.status === 'error' && <p role="alert">{t('loadFailed', { detail: saved.detail })}</p>}
      {failure && <p role="alert">{failure}</p>}
      {saved.status !== 'loading' && <ExamSetup busy={starting} onStart={start} />}
      <PastExams />
    </div>
  );
}

export { ExamPage as Component, RouteError as ErrorBoundary };
