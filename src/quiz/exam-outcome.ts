/**
 * A finished exam read back from the store: each question with the answer recorded for it (by the
 * attempt ids the exam wrote), whether it was right, and whether it is flagged for review.
 */
import { scoreAnswer } from './scoring';
import type { QuizItem } from './types';
import { attemptId, type AttemptRecord, type ExamRecordDraft } from './attempt-records';

/** What the results read of a saved attempt (older attempts lack the chosen texts). */
export type SavedAttempt = Pick<AttemptRecord, 'id' | 'questionId' | 'chosen' | 'correct' | 'seconds'> & { chosenTexts?: readonly string[] };

/** One question of a finished exam. */
export interface ExamQuestionOutcome {
  questionId: string;
  /** Missing when the vault no longer has the question. */
  item: QuizItem | null;
  /** ORIGINAL labels of the options chosen, as the question's options stand now (found by their text). */
  chosen: string[];
  /** Nothing was chosen: not correct, and not a wrong answer either (no attempt was recorded for it). */
  unanswered: boolean;
  correct: boolean;
  flagged: boolean;
  seconds: number;
}

/** Joins the exam's question ids with their attempts, items and the flags. */
export function examOutcomes(
  exam: Pick<ExamRecordDraft, 'id' | 'questionIds'>,
  attempts: readonly SavedAttempt[],
  items: readonly QuizItem[],
  flagged: ReadonlySet<string>,
): ExamQuestionOutcome[] {
  const byAttempt = new Map(attempts.map((attempt) => [attempt.id, attempt]));
  // An attempt re-attached to a question whose id changed keeps its id; find it by the exam and its question too.
  const ofExam = new Map(attempts.filter((attempt) => attempt.id.startsWith(`${exam.id}/`)).map((attempt) => [attempt.questionId, attempt]));
  const byItem = new Map(items.map((item) => [item.question.id, item]));
  return exam.questionIds.map((questionId) => {
    const attempt = byAttempt.get(attemptId(exam.id, questionId)) ?? ofExam.get(questionId);
    const item = byItem.get(questionId) ?? null;
    const chosen = attempt === undefined ? [] : chosenNow(attempt, item);
    return {
      questionId,
      item,
      chosen,
      // Exams submitted before this rule recorded an empty attempt for each unanswered question: still no answer.
      unanswered: chosen.length === 0,
      correct: chosen.length > 0 && (attempt?.correct ?? (item ? scoreAnswer(item.question, chosen).correct : false)),
      flagged: flagged.has(questionId),
      seconds: attempt?.seconds ?? 0,
    };
  });
}

/**
 * The labels an attempt's choices have now: the options it chose are found by their recorded text, so a
 * review after the author reordered the options shows the answer that was given; by letter when the text
 * is not recorded (older attempts) or no longer matches an option.
 */
export function chosenNow(attempt: Pick<SavedAttempt, 'chosen' | 'chosenTexts'>, item: QuizItem | null): string[] {
  const texts = attempt.chosenTexts;
  if (item === null || texts === undefined || texts.length !== attempt.chosen.length) return attempt.chosen;
  const labels = texts.map((text) => item.question.options.find((option) => option.text === text)?.label);
  return labels.every((label): label is string => label !== undefined) ? [...new Set(labels)].sort() : attempt.chosen;
}
