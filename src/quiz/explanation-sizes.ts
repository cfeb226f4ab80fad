import type { Question } from '../content/types';

/**
 * About this many bytes of explanations are drawn per task when a question's answer is shown (Check in a
 * quiz, "Show answer" on a note): a question whose explanations run to tens of kilobytes (a thousand pasted
 * bullets) shows them a few options at a time, so input never waits for the whole list's layout.
 */
export const EXPLANATION_BYTES = 16 * 1024;

// An option's mark and frame cost something even with no explanation.
const OPTION_BYTES = 256;

/** What each option's explanation costs to draw, in bytes of its HTML: the sizes progressive drawing steps by. */
export function explanationSizes(question: Pick<Question, 'options'>): number[] {
  return question.options.map((option) => OPTION_BYTES + (option.html?.explanation ?? option.explanation ?? '').length);
}
