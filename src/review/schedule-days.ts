/**
 * Calendar days in the person's own time zone: "due today" and the forecast count by the local
 * date, because a card due at 23:00 is today's work even if it is not due yet at 9:00.
 */

/** The local calendar date of a time as `YYYY-MM-DD`. */
export function localDate(time: number): string {
  const date = new Date(time);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The first millisecond of the local day that is `days` days after the day of `time` (0: today). */
export function startOfLocalDay(time: number, days = 0): number {
  const date = new Date(time);
  // setDate and setHours go through the calendar, so a day with a DST change is still one day.
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() + days);
  return date.getTime();
}

/** The last millisecond of the local day of `time`. */
export function endOfLocalDay(time: number): number {
  return startOfLocalDay(time, 1) - 1;
}
