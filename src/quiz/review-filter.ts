/** Which questions of a finished exam the review shows: all, the wrong ones, or the flagged ones. */

/** The review's filters. */
export type ReviewFilter = 'all' | 'wrong' | 'flagged';

/** What the filter reads of a reviewed question. */
export interface Reviewed {
  correct: boolean;
  flagged: boolean;
}

/** Keeps the questions the filter asks for, in exam order. */
export function filterReview<T extends Reviewed>(questions: readonly T[], filter: ReviewFilter): T[] {
  if (filter === 'wrong') return questions.filter((q) => !q.correct);
  if (filter === 'flagged') return questions.filter((q) => q.flagged);
  return questions.slice();
}
