import { useMemo } from 'react';
import { notes } from 'virtual:examflow/index';
import { liveQuestionsOf } from '../../quiz/live-questions';
import { countDue } from '../../review/review-summary';
import { useProgress } from '../../store/progress';

const live = liveQuestionsOf(notes).ids;

/**
 * How many questions Review offers today, kept current as answers come in: the same questions the Review
 * page counts (only those the vault still asks), so the menu, Home and Review never disagree.
 */
export function useDueCount(): number {
  const attempts = useProgress((state) => state.attempts);
  return useMemo(() => countDue(attempts, live, Date.now()), [attempts]);
}
