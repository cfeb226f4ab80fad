import { lazy, Suspense, useEffect, useState } from 'react';
import { RetryLinks } from '../study/retry-links';

// The counts need the progress store and the question index, which the home page does not load up front.
const LiveRetryLinks = lazy(() => import('../study/live-retry-links'));

/**
 * The retry links of the home page: drawn at once (and in pre-rendered HTML) without counts, then
 * counted after the first paint, in place, so nothing on the page moves.
 */
export function HomeRetryLinks() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const placeholder = <RetryLinks counts={null} />;
  return mounted ? <Suspense fallback={placeholder}><LiveRetryLinks /></Suspense> : placeholder;
}
