/**
 * Ends an exam: scores it, records every question as an attempt (mode 'exam') and the exam itself,
 * carries its review flags into the saved flags, and closes the saved session.
 */
import type { Session } from '../../quiz/session';
import { finish } from '../../quiz/session-actions';
import type { QuizItem } from '../../quiz/types';
import { progressStore } from '../../store/progress';
import { useSettings } from '../../store/settings';
import { examRecordsFor } from './attempt-records';

/** Submits the exam at `now` and returns the id of its results. */
export function submitExam(session: Session, items: readonly QuizItem[], now: number): string {
  // An exam that ran out while the tab was closed ended at its deadline, not when the tab came back.
  const deadline = session.deadline === null ? Number.NaN : Date.parse(session.deadline);
  const finished = finish(session, Number.isNaN(deadline) ? now : Math.min(now, deadline));
  const store = progressStore.getState();
  if (store.exams.some((exam) => exam.id === finished.id)) return finished.id;
  const { attempts, exam } = examRecordsFor(finished, items, useSettings.getState().passMark);
  for (const attempt of attempts) store.recordAttempt(attempt);
  store.recordExam(exam);
  for (const id of finished.flagged) if (!progressStore.getState().flags[id]?.flagged) store.toggleFlag(id);
  store.clearSession('exam');
  return finished.id;
}
