/**
 * Joins a session with its questions: what was chosen, whether it was right and how long it took,
 * ready for the results page and for recording attempts (`attempt-records.ts`).
 */
import type { Question } from '../content/types';
import { summarizeResults, type Results } from './results';
import { scoreAnswer, type AnswerScore } from './scoring';
import type { Session } from './session';
import type { QuizItem } from './types';

/** One question of a session with its verdict; `item` is missing when the vault lost the question. */
export interface QuestionOutcome {
  questionId: string;
  item: QuizItem | null;
  /** Chosen ORIGINAL labels. */
  chosen: string[];
  score: AnswerScore;
  seconds: number;
  flagged: boolean;
}

/** Scores every question of the session, in session order; a question no longer in the vault counts as wrong. */
export function sessionOutcomes(session: Session, items: readonly QuizItem[]): QuestionOutcome[] {
  const byId = new Map(items.map((item) => [item.question.id, item]));
  return session.questionIds.map((questionId) => {
    const item = byId.get(questionId) ?? null;
    const chosen = session.answers[questionId] ?? [];
    const answerOf: Pick<Question, 'answer'> = item ? item.question : { answer: [] };
    return {
      questionId,
      item,
      chosen,
      score: scoreAnswer(answerOf, chosen),
      seconds: session.seconds[questionId] ?? 0,
      flagged: session.flagged.includes(questionId),
    };
  });
}

/** Results of a session: score, pass/fail and the breakdown by tag. */
export function sessionResults(session: Session, items: readonly QuizItem[], passMark?: number, scale?: { min: number; max: number }): Results {
  const outcomes = sessionOutcomes(session, items).map((outcome) => ({
    tags: outcome.item?.tags ?? [],
    correct: outcome.score.correct,
    unanswered: outcome.score.unanswered,
  }));
  return summarizeResults(outcomes, passMark, scale);
}
