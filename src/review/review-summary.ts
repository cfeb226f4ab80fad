/**
 * What the review page shows, from the saved attempts: how many questions are due today, what
 * falls due in the coming days, and when the next review is when nothing is due.
 */
import { buildCards, dueIdsOf, forecastOf, type ForecastDay, type ScheduledAttempt } from './schedule';
import { startOfLocalDay } from './schedule-days';

/** The review page's numbers. */
export interface ReviewSummary {
  /** Distinct questions answered (of questions the vault still asks). */
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

/**
 * How many questions Review offers today: the ones the vault still asks that are due by the end of the local day
 * (the same rule as `summarizeReview`, without the forecast, for the menu and Home).
 */
export function countDue(attempts: readonly ScheduledAttempt[], liveIds: ReadonlySet<string>, now: number): number {
  return dueIdsOf(buildCards(attempts.filter((attempt) => liveIds.has(attempt.questionId))), now).length;
}

/**
 * Summarises the schedule of the questions the vault still asks: answers to a question that no longer exists
 * are never due, so the count shown and the session it opens always agree.
 */
export function summarizeReview<T extends ScheduledAttempt>(attempts: readonly T[], liveIds: ReadonlySet<string>, now: number): ReviewSummary {
  const askable = attempts.filter((attempt) => liveIds.has(attempt.questionId));
  const cards = buildCards(askable);
  const due = dueIdsOf(cards, now);
  const days = forecastOf(cards, now, FORECAST_DAYS);
  const next = due.length > 0 ? null : (days.find((day) => day.count > 0) ?? null);
  return { answered: new Set(askable.map((attempt) => attempt.questionId)).size, due, forecast: days, next };
}

/**
 * How many distinct questions were answered in a review (a session Review started) since the start of the
 * local day of `now`: the count that shows a review was recorded as one.
 */
export function reviewedToday(attempts: readonly { questionId: string; at: string; mode: string }[], now: number): number {
  const start = startOfLocalDay(now);
  return new Set(attempts.filter((attempt) => attempt.mode === 'review' && Date.parse(attempt.at) >= start).map((attempt) => attempt.questionId)).size;
}
