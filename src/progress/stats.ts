/**
 * The numbers of the progress dashboard, computed from the saved attempts and exams: pure, so the
 * page only draws them.
 */
import { localDate, startOfLocalDay } from '../review/schedule-days';
import { latestPerQuestion } from '../quiz/latest-answers';

/** The part of an attempt the dashboard reads. */
export interface StatsAttempt {
  id?: string;
  questionId: string;
  noteSlug: string;
  at: string;
  correct: boolean;
}

/** The part of an exam record the dashboard reads. */
export interface StatsExam {
  id: string;
  at: string;
  scaled: number;
  passed: boolean;
  correct: number;
  total: number;
}

/** For one tag: its questions answered, and how many of them the latest answer got right. */
export interface TagAccuracy {
  tag: string;
  /** Questions whose latest answer was right. */
  correct: number;
  /** Questions answered at least once (not answers: a question answered three times counts once). */
  total: number;
  /** 0–100, rounded. */
  percentage: number;
}

/** Answers given on one local day. */
export interface DayActivity {
  date: string;
  total: number;
  correct: number;
}

/**
 * Accuracy per tag over questions, each judged by its latest answer, through the tags of its note; notes
 * gone from the vault are skipped. Counting answers instead would let a question drilled five times
 * outweigh four never retried, and give "18 of 9 questions".
 */
export function accuracyByTag(attempts: readonly StatsAttempt[], tagsOf: ReadonlyMap<string, readonly string[]>): TagAccuracy[] {
  const counts = new Map<string, { correct: number; total: number }>();
  for (const attempt of latestPerQuestion(attempts).values()) {
    for (const tag of tagsOf.get(attempt.noteSlug) ?? []) {
      const count = counts.get(tag) ?? { correct: 0, total: 0 };
      count.total += 1;
      if (attempt.correct) count.correct += 1;
      counts.set(tag, count);
    }
  }
  return [...counts]
    .map(([tag, { correct, total }]) => ({ tag, correct, total, percentage: Math.round((100 * correct) / total) }))
    .sort((a, b) => b.total - a.total || compareText(a.tag, b.tag));
}

/** Tags with at least this many questions answered can be called weak; fewer say little. */
export const MIN_WEAK_TAG_ATTEMPTS = 5;

/** The tags with the lowest accuracy among those answered often enough, weakest first. */
export function weakestTags(byTag: readonly TagAccuracy[], limit = 5, minAttempts = MIN_WEAK_TAG_ATTEMPTS): TagAccuracy[] {
  return byTag
    .filter((tag) => tag.total >= minAttempts)
    .sort((a, b) => a.correct / a.total - b.correct / b.total || b.total - a.total || compareText(a.tag, b.tag))
    .slice(0, limit);
}

/** Answers per local day over the `days` days that end today, oldest first, empty days included. */
export function attemptsPerDay(attempts: readonly StatsAttempt[], now: number, days: number): DayActivity[] {
  const first = startOfLocalDay(now, 1 - days);
  const result = Array.from({ length: days }, (_, i) => ({ date: localDate(startOfLocalDay(first, i)), total: 0, correct: 0 }));
  const byDate = new Map(result.map((day) => [day.date, day]));
  for (const attempt of attempts) {
    const day = byDate.get(localDate(Date.parse(attempt.at)));
    if (!day) continue;
    day.total += 1;
    if (attempt.correct) day.correct += 1;
  }
  return result;
}

/** Exams in the order they were taken. */
export function examsInOrder<T extends StatsExam>(exams: readonly T[]): T[] {
  return [...exams].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || compareText(a.id, b.id));
}

/** Accuracy of the latest `count` answers (by time), or null when there are none. */
export function recentAccuracy(attempts: readonly StatsAttempt[], count: number): { correct: number; total: number } | null {
  const recent = [...attempts].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, count);
  if (recent.length === 0) return null;
  return { correct: recent.filter((attempt) => attempt.correct).length, total: recent.length };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
