/**
 * What a session writes to the progress store: one attempt per answer and the record of a finished
 * exam. An exam's attempts are keyed by session and question (it is submitted once, and the results
 * page finds its answers by those ids); a practice answer also carries its own answer id, because
 * one practice session open in two tabs may answer the same question twice and both answers count.
 */
import { printQuestion } from '../../content/question-prints';
import type { Attempt } from '../../store/progress-schema';
import { sessionOutcomes, sessionResults } from '../../quiz/outcomes';
import { scoreAnswer } from '../../quiz/scoring';
import type { Session } from '../../quiz/session';
import type { QuizItem } from '../../quiz/types';
import type { AttemptInput, ExamInput } from '../../store/progress';

/** The id of the attempt a session records for a question. */
export function attemptId(sessionId: string, questionId: string): string {
  return `${sessionId}/${questionId}`;
}

/**
 * The attempt of one question of a session: chosen ORIGINAL labels, verdict, seconds and mode (the
 * session's unless given); `answerId` makes the attempt id unique to this one answer.
 */
export function attemptFor(session: Session, item: QuizItem, at: string, mode: AttemptInput['mode'] = session.mode, answerId?: string): AttemptInput {
  const questionId = item.question.id;
  const chosen = session.answers[questionId] ?? [];
  return {
    id: answerId === undefined ? attemptId(session.id, questionId) : `${attemptId(session.id, questionId)}/${answerId}`,
    questionId,
    noteSlug: item.noteSlug,
    at,
    chosen,
    chosenTexts: chosen.map((label) => item.question.options.find((option) => option.label === label)?.text ?? ''),
    correct: scoreAnswer(item.question, chosen).correct,
    seconds: session.seconds[questionId] ?? 0,
    mode,
    print: printQuestion(item.noteSlug, item.question),
  };
}

/**
 * The id of the attempt a session recorded for a question: `own` when this tab recorded it and it is
 * saved, else the latest answer the session recorded for it (from any tab), else null.
 */
export function sessionAttemptId(attempts: readonly Attempt[], sessionId: string, questionId: string, own: string | null): string | null {
  const base = attemptId(sessionId, questionId);
  let latest: Attempt | null = null;
  for (const attempt of attempts) {
    if (attempt.id === own) return own;
    if ((attempt.id === base || attempt.id.startsWith(`${base}/`)) && (!latest || attempt.at >= latest.at)) latest = attempt;
  }
  return latest?.id ?? null;
}

/** A finished exam's attempts (unanswered questions count, as wrong) and its exam record. */
export function examRecordsFor(session: Session, items: readonly QuizItem[], passMark: number): { attempts: AttemptInput[]; exam: ExamInput } {
  const at = session.finishedAt ?? session.startedAt;
  const attempts = sessionOutcomes(session, items)
    .filter((outcome) => outcome.item !== null)
    .map((outcome) => attemptFor(session, outcome.item!, at));
  const results = sessionResults(session, items, passMark);
  const seconds = Math.max(0, Math.round((Date.parse(at) - Date.parse(session.startedAt)) / 1000));
  // Submitting clamps the end to the deadline, so an exam that ends at it ran out of time.
  const timedOut = session.deadline !== null && Date.parse(at) >= Date.parse(session.deadline);
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
      selection: session.selection,
      timedOut,
    },
  };
}
