import { notes } from 'virtual:examflow/index';
import { liveQuestionsOf } from '../../quiz/live-questions';
import { useProgress } from '../../store/progress';
import { useDueCountOf } from './due-clock';

const live = liveQuestionsOf(notes).ids;

/**
 * How many questions Review offers today, kept current as answers come in and as days go by: the same
 * questions the Review page counts (only those the vault still asks), so the menu, Home and Review never disagree.
 */
export function useDueCount(): number {
  return useDueCountOf(useProgress((state) => state.attempts), live);
}
