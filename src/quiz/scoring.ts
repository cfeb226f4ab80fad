/**
 * Scoring without partial credit: a question is right only when the chosen set of options equals
 * its answer set, and a multi-answer question takes exactly as many choices as it has answers.
 */
import type { Question } from '../content/types';

/** The verdict on one answer, with what was missed and what was wrongly chosen (original labels). */
export interface AnswerScore {
  correct: boolean;
  /** Nothing was chosen. */
  unanswered: boolean;
  /** Correct labels that were not chosen. */
  missed: string[];
  /** Chosen labels that are not correct. */
  wrong: string[];
}

/** How many options the question asks for: the size of its answer set (at least one). */
export function requiredChoices(question: Pick<Question, 'answer'>): number {
  return Math.max(1, question.answer.length);
}

/** Scores chosen original labels against the answer; duplicates and order do not matter. */
export function scoreAnswer(question: Pick<Question, 'answer'>, chosen: readonly string[]): AnswerScore {
  const picked = new Set(chosen);
  const answer = new Set(question.answer);
  const missed = [...answer].filter((label) => !picked.has(label)).sort();
  const wrong = [...picked].filter((label) => !answer.has(label)).sort();
  return {
    correct: answer.size > 0 && missed.length === 0 && wrong.length === 0,
    unanswered: picked.size === 0,
    missed,
    wrong,
  };
}
