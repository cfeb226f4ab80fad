/**
 * What a session writes to the progress store: one attempt per answered question (keyed by session
 * and question, so the results page finds an exam's answers again) and the record of a finished exam.
 */
import { sessionOutcomes, sessionResults } from '../../quiz/outcomes';
import { scoreAnswer } from '../../quiz/scoring';
import type { Session } from '../../quiz/session';
import type { QuizItem } from '../../quiz/types';
import type { AttemptInput, ExamInput } from '../../store/progress';

/** The id of the attempt a session records for a question. */
export function attemptId(sessionId: string, questionId: string): string {
  return `${sessionId}/${questionId}`;
}

/** The attempt of one question of a session: chosen ORIGINAL labels, verdict, seconds and mode (the session's unless given). */
export function attemptFor(session: Session, item: QuizItem, at: string, mode: AttemptInput['mode'] = session.mode): AttemptInput {
  const questionId = item.question.id;
  const chosen = session.answers[questionId] ?? [];
  return {
    id: attemptId(session.id, questionId),
    questionId,
    noteSlug: item.noteSlug,
    at,
    chosen,
    correct: scoreAnswer(item.question, chosen).correct,
    seconds: session.seconds[questionId] ?? 0,
    mode,
  };
}

/** A finished exam's attempts (unanswered questions count, as wrong) and its exam record. */
export function examRecordsFor(session: Session, items: readonly QuizItem[], passMark: number): { attempts: AttemptInput[]; exam: ExamInput } {
  const at = session.finishedAt ?? session.startedAt;
  const attempts = sessionOutcomes(session, items)
    .filter((outcome) => outcome.item !== null)
    .map((outcome) => attemptFor(session, outcome.item!, at));
  const results = sessionResults(session, items, passMark);
  const seconds = Math.max(0, Math.round((Date.parse(at) - Date.parse(session.startedAt)) / 1000));
  return {
    attempts,
    exam: {
      id: session.id,
      at,
      questionIds: session.questionIds,
      correct: results.correct,
      total: results.total,
      scaled: results.scaled,
      passed: results.passed,
      seconds,
      byTag: results.byTag,
    },
  };
}
