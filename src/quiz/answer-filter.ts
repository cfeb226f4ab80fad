/**
 * Which of a finished exam's answers its results list: all, the wrong ones, or the flagged ones. ("Review"
 * is spaced repetition, `review/`; going over an exam's answers is "answers".)
 */

/** The filters of the exam's answer list. */
export type AnswerFilter = 'all' | 'wrong' | 'flagged';

/** What the filter reads of an answered question. */
export interface FilteredAnswer {
  correct: boolean;
  flagged: boolean;
}

/** Keeps the questions the filter asks for, in exam order. */
export function filterAnswers<T extends FilteredAnswer>(questions: readonly T[], filter: AnswerFilter): T[] {
  if (filter === 'wrong') return questions.filter((q) => !q.correct);
  if (filter === 'flagged') return questions.filter((q) => q.flagged);
  return questions.slice();
}
