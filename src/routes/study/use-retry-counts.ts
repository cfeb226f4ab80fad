import { useMemo } from 'react';
import { retryCounts, type RetryCount, type RetryKind } from '../../quiz/retry-counts';
import { flaggedIds, useProgress } from '../../store/progress';

/**
 * How many questions "practise wrong" and "practise flagged" open now, of the questions in `live`
 * (the ones the vault asks), kept current as answers come in.
 */
export function useRetryCounts(live: ReadonlySet<string>): Record<RetryKind, RetryCount> {
  const attempts = useProgress((state) => state.attempts);
  const flags = useProgress((state) => state.flags);
  const open = useProgress((state) => state.sessions.practice);
  return useMemo(() => retryCounts({ attempts, flagged: flaggedIds({ flags }) }, live, open), [attempts, flags, open, live]);
}
