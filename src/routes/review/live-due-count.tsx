import { useEffect } from 'react';
import { useDueCount } from './use-due-count';

/** Draws nothing and hands today's due count to `onCount`, for a link pre-rendered without it. */
export default function LiveDueCount({ onCount }: { onCount: (count: number) => void }) {
  const count = useDueCount();
  useEffect(() => onCount(count), [count, onCount]);
  return null;
}
