/**
 * A finished exam read back from the store: each question with the answer recorded for it (by the
 * attempt ids the exam wrote), whether it was right, and whether it is flagged for review.
 */
import { scoreAnswer } from '../../quiz/scoring';
import type { QuizItem } from '../../quiz/types';
import type { Attempt, ExamRecord } from '../../store/progress-schema';
import { attemptId } from './attempt-records';

/** One question of a finished exam. */
export interface ExamQuestionOutcome {
  questionId: string;
  /** Missing when the vault no longer has the question. */
  item: QuizItem | null;
  /** ORIGINAL labels. */
  chosen: string[];
  correct: boolean;
  flagged: boolean;
  seconds: number;
}

/** Joins the exam's question ids with their attempts, items and the flags. */
export function examOutcomes(
  exam: ExamRecord,
  attempts: readonly Attempt[],
  items: readonly QuizItem[],
  flagged: ReadonlySet<string>,
): ExamQuestionOutcome[] {
  const byAttempt = new Map(attempts.map((attempt) => [attempt.id, attempt]));
  const byItem = new Map(items.map((item) => [item.question.id, item]));
  return exam.questionIds.map((questionId) => {
    const attempt = byAttempt.get(attemptId(exam.id, questionId));
    const item = byItem.get(questionId) ?? null;
    const chosen = attempt?.chosen ?? [];
    return {
      questionId,
      item,
      chosen,
      correct: attempt?.correct ?? (item ? scoreAnswer(item.question, chosen).correct : false),
      flagged: flagged.has(questionId),
      seconds: attempt?.seconds ?? 0,
    };
  });
}
