import { lazy, Suspense, useEffect, useState } from 'react';
import type { RetryCount, RetryKind } from '../../quiz/retry-counts';
import { RetryLinks } from '../study/retry-links';

// The counts need the progress store and the question index, which the home page does not load up front.
const LiveRetryCounts = lazy(() => import('../study/live-retry-links').then((module) => ({ default: module.LiveRetryCounts })));

/**
 * The retry links of the home page: drawn at once (and in pre-rendered HTML) without counts, then
 * counted after the first paint into the same elements, so nothing on the page is replaced or moves.
 */
export function HomeRetryLinks() {
  const [mounted, setMounted] = useState(false);
  const [counts, setCounts] = useState<Record<RetryKind, RetryCount> | null>(null);
  useEffect(() => setMounted(true), []);
  return (
    <>
      <RetryLinks counts={counts} />
      {mounted && <Suspense fallback={null}><LiveRetryCounts onCounts={setCounts} /></Suspense>}
    </>
  );
}
