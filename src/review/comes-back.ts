/**
 * How long until a question comes back, in the one unit a person would say ("in 10 minutes", "in 3 days"):
 * the schedule knows the exact time, but after an answer only the rough wait is worth reading.
 */

/** A wait in a single unit, as `Intl.RelativeTimeFormat` takes it. */
export interface Wait {
  value: number;
  unit: 'minute' | 'hour' | 'day' | 'month';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The wait from `now` until `due`, rounded to the nearest whole unit and never less than one minute
 * (a question due now, or overdue, still comes back "in 1 minute": it is not shown again at once).
 */
export function waitUntil(due: number, now: number): Wait {
  const span = Math.max(0, due - now);
  if (span < HOUR - MINUTE / 2) return { value: Math.max(1, Math.round(span / MINUTE)), unit: 'minute' };
  if (span < DAY - HOUR / 2) return { value: Math.max(1, Math.round(span / HOUR)), unit: 'hour' };
  // Up to two months days read better than "1 month" (which could be 28 to 31 of them).
  if (span < 60 * DAY) return { value: Math.max(1, Math.round(span / DAY)), unit: 'day' };
  return { value: Math.round(span / (30 * DAY)), unit: 'month' };
}

/** The wait in the reader's language: "10분 후", "in 3 days". */
export function formatWait(wait: Wait, language: string): string {
  return new Intl.RelativeTimeFormat(language, { numeric: 'always' }).format(wait.value, wait.unit);
}
