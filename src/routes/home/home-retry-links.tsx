import { lazy, Suspense, useState } from 'react';
import type { RetryCount, RetryKind } from '../../quiz/retry-counts';
import { useProgressSaved } from '../../store/use-progress-saved';
import { useHydrated } from '../../ui/use-hydrated';
import { DueLink } from '../study/due-link';
import { RetryLinks } from '../study/retry-links';

// The counts need the progress store and the question index, which the home page does not load up front.
const LiveRetryCounts = lazy(() => import('../study/live-retry-links').then((module) => ({ default: module.LiveRetryCounts })));
// The due count also needs the schedule (ts-fsrs): with nothing saved nothing is due, and it is not loaded.
const LiveDueCount = lazy(() => import('../review/live-due-count'));

/**
 * The due and retry links of the home page: drawn at once (and in pre-rendered HTML) without counts, then
 * counted after the first paint into the same elements, so nothing on the page is replaced or moves.
 */
export function HomeRetryLinks() {
  const mounted = useHydrated();
  const saved = useProgressSaved();
  const [counts, setCounts] = useState<Record<RetryKind, RetryCount> | null>(null);
  const [liveDue, setDue] = useState<number | null>(null);
  // With nothing saved nothing is due, and the schedule is never loaded.
  const due = mounted && !saved ? 0 : liveDue;
  return (
    <>
      <DueLink count={due} />
      <RetryLinks counts={counts} />
      {mounted && <Suspense fallback={null}><LiveRetryCounts onCounts={setCounts} /></Suspense>}
      {saved && <Suspense fallback={null}><LiveDueCount onCount={setDue} /></Suspense>}
    </>
  );
}
