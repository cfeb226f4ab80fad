/**
 * Turns the practice URL into what the page shows: a session (resumed or new), a redirect (due
 * questions become an explicit list marked as coming from Review, so a reload resumes the same ones
 * and records them as reviews), or why there is nothing.
 */
import { notes } from 'virtual:examflow/index';
import { dueQuestionIds } from '../../review/schedule';
import { hasWorkInProgress, isSpent, type Session } from '../../quiz/session';
import { progressStore } from '../../store/progress';
import { liveQuestionsOf } from '../../quiz/live-questions';
import { paths } from '../paths';
import { originOf, sameSelection, type PracticeRequest } from './practice-query';
import { resumeSession, startSession, type StartedSession } from './start-session';

/** What the practice page draws. */
export type PracticePlan =
  | { kind: 'session'; started: StartedSession }
  | { kind: 'redirect'; to: string }
  /** Another practice is under way: ask before starting this one over it. */
  | { kind: 'ask'; open: Session }
  | { kind: 'problem'; problem: 'unknown-note' | 'empty' | 'nothing-due' | 'unknown-mode' | 'nothing-asked'; slug?: string };

/** Resolves a practice request against the vault and the saved progress. */
export async function preparePractice(request: PracticeRequest): Promise<PracticePlan> {
  const saved = progressStore.getState().sessions.practice;
  // A spent session (finished, or every answer already graded) is never brought back.
  const open = saved && !isSpent(saved) ? saved : null;
  if (request.kind === 'invalid') {
    // A bare /practice carries on with the practice in progress, if there is one.
    const resumed = request.reason === 'nothing-asked' && open ? await resumeSession(open) : null;
    return resumed ? { kind: 'session', started: resumed } : { kind: 'problem', problem: request.reason };
  }
  if (request.kind === 'due') {
    // The same questions Review counts: only those the vault still asks.
    const live = liveQuestionsOf(notes).ids;
    const ids = dueQuestionIds(progressStore.getState().attempts.filter((attempt) => live.has(attempt.questionId)), Date.now());
    // The list keeps its origin, so its attempts are recorded as reviews (see `sessionAttemptMode`).
    return ids.length > 0 ? { kind: 'redirect', to: paths.practice({ ids, from: 'review' }) } : { kind: 'problem', problem: 'nothing-due' };
  }
  const { selection } = request;
  if (selection.kind === 'note' && !notes.some((note) => note.slug === selection.slug)) {
    return { kind: 'problem', problem: 'unknown-note', slug: selection.slug };
  }
  if (open && sameSelection(open.selection, selection)) {
    const resumed = await resumeSession(open);
    if (resumed) return { kind: 'session', started: resumed };
  }
  if (open && hasWorkInProgress(open) && !sameSelection(open.selection, selection)) {
    if (!request.fresh) return { kind: 'ask', open };
    progressStore.getState().clearSession('practice');
  }
  const started = await startSession(selection, { mode: 'practice', origin: originOf(request) });
  return started ? { kind: 'session', started } : { kind: 'problem', problem: 'empty' };
}
