import { lazy, Suspense, useState } from 'react';
import type { RetryCount, RetryKind } from '../../quiz/retry-counts';
import { useProgressSaved } from '../../store/use-progress-saved';
import { DueLink } from '../study/due-link';
import { RetryLinks } from '../study/retry-links';

// The counts need the progress store and the question index: with nothing saved nothing is to retry, and
// neither is loaded.
const LiveRetryCounts = lazy(() => import('../study/live-retry-links').then((module) => ({ default: module.LiveRetryCounts })));
// The due count also needs the schedule (ts-fsrs): with nothing saved nothing is due, and it is not loaded.
const LiveDueCount = lazy(() => import('../review/live-due-count'));

// What the retry links open with nothing saved (the counts the live ones would give, without loading them).
const NOTHING_TO_RETRY: Record<RetryKind, RetryCount> = { wrong: { count: 0, resumes: false }, flagged: { count: 0, resumes: false } };

/**
 * The due and retry links of the home page, drawn (and pre-rendered) with the counts of a reader who has saved
 * nothing, which a first visit's page shows as they are, even before its app starts; a reader with saved progress
 * sees them pending until the page has read it (useProgressSaved, false while hydrating), and then counted into
 * the same elements, so nothing on the page is replaced or moves.
 */
export function HomeRetryLinks() {
  const saved = useProgressSaved();
  const [liveCounts, setCounts] = useState<Record<RetryKind, RetryCount> | null>(null);
  const [liveDue, setDue] = useState<number | null>(null);
  // With nothing saved nothing is due or to retry, and neither the schedule nor the progress store loads.
  const due = saved ? liveDue : 0;
  const counts = saved ? liveCounts : NOTHING_TO_RETRY;
  return (
    <>
      <DueLink count={due} assumesNothingSaved={!saved} />
      <RetryLinks counts={counts} assumesNothingSaved={!saved} />
      {saved && <Suspense fallback={null}><LiveRetryCounts onCounts={setCounts} /></Suspense>}
      {saved && <Suspense fallback={null}><LiveDueCount onCount={setDue} /></Suspense>}
    </>
  );
}
