/**
 * How many questions "practise the ones I got wrong" and "practise flagged" would ask: the same
 * rule as the selection that starts them, over the questions the vault asks now, so a count shown on
 * a button is the length of the session it opens (or of the one it resumes).
 */
import { isSpent, type Session } from './session';
import { wrongQuestionIds } from './selection';
import type { QuizHistory } from './types';

/** The two ways back to past mistakes. */
export type RetryKind = 'wrong' | 'flagged';

/** How many questions a retry button opens, and whether it carries on a practice already under way. */
export interface RetryCount {
  count: number;
  resumes: boolean;
}

/**
 * The count of each retry: the practice in progress when it was started the same way (opening the
 * link resumes it), else the questions last answered wrong or flagged that `live` still holds.
 */
export function retryCounts(history: QuizHistory, live: ReadonlySet<string>, open: Session | null): Record<RetryKind, RetryCount> {
  const count = (ids: Iterable<string>) => new Set([...ids].filter((id) => live.has(id))).size;
  const fresh: Record<RetryKind, number> = { wrong: count(wrongQuestionIds(history)), flagged: count(history.flagged) };
  const of = (kind: RetryKind): RetryCount =>
    open && open.mode === 'practice' && !isSpent(open) && open.selection.kind === kind
      ? { count: count(open.questionIds), resumes: true }
      : { count: fresh[kind], resumes: false };
  return { wrong: of('wrong'), flagged: of('flagged') };
}
