/**
 * Ends an exam: scores it, records every question as an attempt (mode 'exam') and the exam itself,
 * carries its review flags into the saved flags, and closes the saved session.
 */
import type { Session } from '../../quiz/session';
import { finishExam } from '../../quiz/session-actions';
import type { QuizItem } from '../../quiz/types';
import { progressStore } from '../../store/progress';
import { examRecordsFor } from '../../quiz/attempt-records';
import { currentExamShape } from './exam-blueprint';

/** Submits the exam at `now` and returns the id of its results. */
export function submitExam(session: Session, items: readonly QuizItem[], now: number): string {
  const finished = finishExam(session, now);
  const store = progressStore.getState();
  if (store.exams.some((exam) => exam.id === finished.id)) return finished.id;
  const shape = currentExamShape();
  const { attempts, exam } = examRecordsFor(finished, items, shape.passMark, shape.scale);
  for (const attempt of attempts) store.recordAttempt(attempt);
  store.recordExam(exam);
  for (const id of finished.flagged) if (!progressStore.getState().flags[id]?.flagged) store.toggleFlag(id);
  store.clearSession('exam');
  return finished.id;
}
