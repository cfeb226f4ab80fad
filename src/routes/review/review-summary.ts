/**
 * What the review page shows, from the saved attempts: how many questions are due today, what
 * falls due in the coming days, and when the next review is when nothing is due.
 */
import { buildCards, dueIdsOf, forecastOf, type ForecastDay, type ScheduledAttempt } from '../../quiz/schedule';

/** The review page's numbers. */
export interface ReviewSummary {
  /** Distinct questions answered (of notes still in the vault). */
  answered: number;
  /** Ids of the questions due by the end of today. */
  due: string[];
  /** The next 30 days, today first (the 7-day view is its first week). */
  forecast: ForecastDay[];
  /** The first later day with something due, when nothing is due today. */
  next: ForecastDay | null;
}

/** The days the forecast looks ahead. */
export const FORECAST_DAYS = 30;

/** Summarises the schedule, ignoring attempts of notes the vault no longer has (they cannot be asked). */
export function summarizeReview<T extends ScheduledAttempt & { noteSlug: string }>(
  attempts: readonly T[],
  vaultSlugs: ReadonlySet<string>,
  now: number,
): ReviewSummary {
  const askable = attempts.filter((attempt) => vaultSlugs.has(attempt.noteSlug));
  const cards = buildCards(askable);
  const due = dueIdsOf(cards, now);
  const days = forecastOf(cards, now, FORECAST_DAYS);
  const next = due.length > 0 ? null : (days.find((day) => day.count > 0) ?? null);
  return { answered: new Set(askable.map((attempt) => attempt.questionId)).size, due, forecast: days, next };
}
