/**
 * How an answer grades the card of its question: wrong is Again, right is Good, and right but
 * shaky is Hard. "Shaky" means the person said they guessed, or took more than twice their usual
 * time, where "usual" is the median seconds of all their timed answers (a question is answered
 * too rarely for its own median to mean much). Until there are enough timed answers to know what
 * usual is, time never lowers a grade.
 */
import { Rating, type Grade } from 'ts-fsrs';

/** The part of a saved attempt that grading reads. */
export interface GradedAttempt {
  correct: boolean;
  seconds: number;
  guessed?: boolean;
}

/** An answer slower than this many times the usual time counts as shaky. */
export const SLOW_FACTOR = 2;

/** Timed answers needed before the usual time is trusted. */
export const MIN_TIMED_ANSWERS = 5;

/** Median seconds of the attempts that were timed (0 seconds means "not timed"), or null with too few. */
export function usualSeconds(attempts: readonly Pick<GradedAttempt, 'seconds'>[]): number | null {
  const timed = attempts
    .map((attempt) => attempt.seconds)
    .filter((seconds) => Number.isFinite(seconds) && seconds > 0)
    .sort((a, b) => a - b);
  if (timed.length < MIN_TIMED_ANSWERS) return null;
  const middle = timed.length >> 1;
  return timed.length % 2 === 1 ? timed[middle]! : (timed[middle - 1]! + timed[middle]!) / 2;
}

/** Whether an answer took far longer than usual. */
export function isSlow(seconds: number, usual: number | null): boolean {
  return usual !== null && seconds > SLOW_FACTOR * usual;
}

/** The FSRS grade of one answer, given the person's usual seconds (null: unknown). */
export function gradeOf(attempt: GradedAttempt, usual: number | null): Grade {
  if (!attempt.correct) return Rating.Again;
  if (attempt.guessed === true || isSlow(attempt.seconds, usual)) return Rating.Hard;
  return Rating.Good;
}
