/**
 * Joins a session with its questions: what was chosen, whether it was right and how long it took,
 * ready for the results page and for recording attempts.
 */
import type { Question } from '../content/types';
import { summarizeResults, type Results } from './results';
import { scoreAnswer, type AnswerScore } from './scoring';
import type { Session } from './session';
import type { QuizItem, QuizMode } from './types';

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
export function sessionResults(session: Session, items: readonly QuizItem[], passMark?: number): Results {
  const outcomes = sessionOutcomes(session, items).map((outcome) => ({
    tags: outcome.item?.tags ?? [],
    correct: outcome.score.correct,
    unanswered: outcome.score.unanswered,
  }));
  return summarizeResults(outcomes, passMark);
}

/** An attempt as the progress store records it (the store adds id and time). */
export interface AttemptRecord {
  questionId: string;
  noteSlug: string;
  chosen: string[];
  correct: boolean;
  seconds: number;
  mode: QuizMode;
}

/**
 * The attempts a finished exam leaves in the history: every question still in the vault, unanswered
 * ones included (as wrong, so they come back under "wrong").
 */
export function examAttempts(session: Session, items: readonly QuizItem[]): AttemptRecord[] {
  return sessionOutcomes(session, items).flatMap((outcome) =>
    outcome.item === null
      ? []
      : [{ questionId: outcome.questionId, noteSlug: outcome.item.noteSlug, chosen: outcome.chosen, correct: outcome.score.correct, seconds: outcome.seconds, mode: session.mode }],
  );
}

/** The attempt of one practice question, once checked; null when it is not in the session or the vault. */
export function practiceAttempt(session: Session, items: readonly QuizItem[], questionId: string): AttemptRecord | null {
  const outcome = sessionOutcomes(session, items).find((entry) => entry.questionId === questionId);
  if (!outcome?.item) return null;
  return { questionId, noteSlug: outcome.item.noteSlug, chosen: outcome.chosen, correct: outcome.score.correct, seconds: outcome.seconds, mode: session.mode };
}

/** A finished exam as the progress store records it: questions, score, pass/fail, time and tags. */
export interface ExamSummary {
  questionIds: string[];
  correct: number;
  total: number;
  scaled: number;
  passed: boolean;
  seconds: number;
  byTag: Results['byTag'];
}

/** Summarises a finished exam for the history; its time runs from start to finish, at most to the deadline. */
export function examSummary(session: Session, items: readonly QuizItem[], passMark?: number): ExamSummary {
  const results = sessionResults(session, items, passMark);
  const start = Date.parse(session.startedAt);
  const ends = [session.finishedAt, session.deadline].filter((t): t is string => t !== null).map(Date.parse);
  const end = ends.length > 0 ? Math.min(...ends) : start;
  return {
    questionIds: session.questionIds,
    correct: results.correct,
    total: results.total,
    scaled: results.scaled,
    passed: results.passed,
    seconds: Math.max(0, Math.round((end - start) / 1000)),
    byTag: results.byTag,
  };
}
