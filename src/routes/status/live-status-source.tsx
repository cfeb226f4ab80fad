import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { questionRecords } from '../../progress/question-status';
import { flaggedIds, useProgress } from '../../store/progress';
import type { StatusSource } from './status-source';

/** Draws nothing and hands the status source from the saved progress to `onSource`, kept current. */
export default function LiveStatusSource({ onSource }: { onSource: (source: StatusSource) => void }) {
  const attempts = useProgress((state) => state.attempts);
  const flagged = useProgress(useShallow(flaggedIds));
  const source = useMemo(() => ({ records: questionRecords(attempts), flagged: new Set(flagged) }), [attempts, flagged]);
  useEffect(() => onSource(source), [source, onSource]);
  return null;
}
