/**
 * Exam and session results: correct count, percentage, the 100–1000 scaled score with its pass
 * mark, and a breakdown by tag.
 */
import { DEFAULT_EXAM_SETTINGS } from './exam-timer';
import { scaledOn } from './blueprint';
import { keyedRecord } from './keyed-record';

/** Correct out of total for one tag, with the rounded percentage. */
export interface TagResult {
  correct: number;
  total: number;
  percentage: number;
}

/** The summary of a finished set of questions. */
export interface Results {
  correct: number;
  total: number;
  /** Questions left without any choice. */
  unanswered: number;
  /** Rounded to a whole percent; 0 when there were no questions. */
  percentage: number;
  /** 100 + 900 × share, rounded. */
  scaled: number;
  passMark: number;
  passed: boolean;
  byTag: Record<string, TagResult>;
}

/** What results need of each question: its tags, whether it was right, whether it was answered. */
export interface Outcome {
  tags: readonly string[];
  correct: boolean;
  unanswered?: boolean;
}

/** Whole-number percentage of correct answers; 0 for no questions. */
export function percentage(correct: number, total: number): number {
  return total > 0 ? Math.round((100 * correct) / total) : 0;
}

/** The scaled score of the AWS exams: 100 for none right, 1000 for all right, linear between. */
export function scaledScore(correct: number, total: number): number {
  return scaledOn({ min: 100, max: 1000 }, correct, total);
}

/**
 * Sums outcomes into results, passing when the scaled score reaches the pass mark; `scale` is the
 * blueprint's when the vault has one (see quiz/exam-shape.ts).
 */
export function summarizeResults(outcomes: readonly Outcome[], passMark = DEFAULT_EXAM_SETTINGS.passMark, scale = { min: 100, max: 1000 }): Results {
  const correct = outcomes.filter((outcome) => outcome.correct).length;
  const total = outcomes.length;
  const scaled = scaledOn(scale, correct, total);
  return {
    correct,
    total,
    unanswered: outcomes.filter((outcome) => outcome.unanswered).length,
    percentage: percentage(correct, total),
    scaled,
    passMark,
    passed: total > 0 && scaled >= passMark,
    byTag: resultsByTag(outcomes),
  };
}

/** Correct/total/percentage per tag; a question with several tags counts under each of them. */
export function resultsByTag(outcomes: readonly Outcome[]): Record<string, TagResult> {
  const counts = new Map<string, { correct: number; total: number }>();
  for (const outcome of outcomes) {
    for (const tag of new Set(outcome.tags)) {
      const count = counts.get(tag) ?? { correct: 0, total: 0 };
      count.total += 1;
      if (outcome.correct) count.correct += 1;
      counts.set(tag, count);
    }
  }
  const byTag = keyedRecord<TagResult>();
  for (const tag of [...counts.keys()].sort()) {
    const { correct, total } = counts.get(tag)!;
    byTag[tag] = { correct, total, percentage: percentage(correct, total) };
  }
  return byTag;
}
