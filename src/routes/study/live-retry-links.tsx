import { useEffect } from 'react';
import { notes } from 'virtual:examflow/index';
import { liveQuestionsOf } from '../../quiz/live-questions';
import type { RetryCount, RetryKind } from '../../quiz/retry-counts';
import { RetryLinks } from './retry-links';
import { useRetryCounts } from './use-retry-counts';

const live = liveQuestionsOf(notes).ids;

/** The retry links with live counts; loaded lazily where a page must stay free of the progress store. */
export default function LiveRetryLinks() {
  return <RetryLinks counts={useRetryCounts(live)} />;
}

/**
 * Draws nothing and hands the live counts to `onCounts`: for a page whose links were pre-rendered without
 * counts and must keep those very elements while it hydrates.
 */
export function LiveRetryCounts({ onCounts }: { onCounts: (counts: Record<RetryKind, RetryCount>) => void }) {
  const counts = useRetryCounts(live);
  useEffect(() => onCounts(counts), [counts, onCounts]);
  return null;
}
