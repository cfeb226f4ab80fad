/**
 * Which of a finished exam's answers its results list: all, the wrong ones, the ones not answered, or the
 * flagged ones. ("Review" is spaced repetition, `review/`; going over an exam's answers is "answers".)
 */

/** The filters of the exam's answer list. */
export type AnswerFilter = 'all' | 'wrong' | 'unanswered' | 'flagged';

/** What the filter reads of a question of the exam. */
export interface FilteredAnswer {
  correct: boolean;
  /** Left without a choice: not correct, but not a wrong answer either. */
  unanswered: boolean;
  flagged: boolean;
}

/** Keeps the questions the filter asks for, in exam order. */
export function filterAnswers<T extends FilteredAnswer>(questions: readonly T[], filter: AnswerFilter): T[] {
  if (filter === 'wrong') return questions.filter((q) => !q.correct && !q.unanswered);
  if (filter === 'unanswered') return questions.filter((q) => q.unanswered);
  if (filter === 'flagged') return questions.filter((q) => q.flagged);
  return questions.slice();
}
