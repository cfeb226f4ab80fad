/**
 * The time the due counts are worked out at, kept current while the app stays open. A question counts as
 * due for the whole local day it falls due on (see review/schedule's `dueIdsOf`), so the counts only grow
 * when a new day starts: the clock moves on at each local midnight, and again whenever the page is shown
 * (a timer of a sleeping laptop or a background tab can fire late, or never).
 */
import { useEffect, useMemo, useState } from 'react';
import { countDue } from '../../review/review-summary';
import type { ScheduledAttempt } from '../../review/schedule';
import { startOfLocalDay } from '../../review/schedule-days';

/** The longest a timer waits before the clock looks again (a day; a longer timeout overflows). */
const LONGEST_WAIT = 86_400_000;

/** Now, moved on at the next local midnight and when the page becomes visible again. */
export function useDayClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const refresh = () => setNow(Date.now());
    // One millisecond past midnight: the new day has surely started by the local clock.
    const wait = Math.min(Math.max(0, startOfLocalDay(now, 1) - Date.now()) + 1, LONGEST_WAIT);
    const timer = setTimeout(refresh, wait);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [now]);
  return now;
}

/** How many of the questions in `liveIds` are due today, rolling over at midnight without a reload. */
export function useDueCountOf(attempts: readonly ScheduledAttempt[], liveIds: ReadonlySet<string>): number {
  const now = useDayClock();
  return useMemo(() => countDue(attempts, liveIds, now), [attempts, liveIds, now]);
}
