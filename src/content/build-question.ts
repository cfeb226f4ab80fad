import type { QuestionDraft } from './read-question.ts';
import type { Diagnostic, Option, Question } from './types.ts';

/** What building a question gives: the question and the problems found in it. */
export interface BuiltQuestion {
  question: Question;
  diagnostics: Diagnostic[];
}

const COUNT_WORD = '(?:two|three|four|five|2|3|4|5)';
const SAYS_HOW_MANY = [
  new RegExp(`\\b(?:choose|select|pick|identify|which|name|give)\\s+${COUNT_WORD}\\b`, 'i'),
  new RegExp(`\\(\\s*(?:choose|select|pick)\\s+(?:${COUNT_WORD}|any\\s+${COUNT_WORD})\\s*\\.?\\s*\\)`, 'i'),
  /(?:두|세|네|다섯)\s*(?:개|가지)|[2-5]\s*(?:개|가지)/,
];

/** True when a stem tells the reader how many options to pick ("Choose two", "(Select 3)", "두 개"). */
export function stemSaysHowMany(stem: string): boolean {
  return SAYS_HOW_MANY.some((pattern) => pattern.test(stem));
}

/**
 * Turns a draft into a Question with verdicts and explanations, and lists its problems. Only wrong options
 * without an explanation are warned about: the vault's notes explain the wrong options and let the answer
 * line and the note body explain the right one.
 */
export function buildQuestion(draft: QuestionDraft, id: string): BuiltQuestion {
  const diagnostics: Diagnostic[] = [];
  const problem = (severity: Diagnostic['severity'], line: number, message: string) =>
    diagnostics.push({ severity, line, message });
  const seen = new Set<string>();
  const raw = draft.options.filter((option) => {
    if (seen.has(option.label)) {
      problem('error', option.line, `Option ${option.label} appears more than once; the first one is kept`);
      return false;
    }
    seen.add(option.label);
    return true;
  });
  const answer = (draft.answer?.labels ?? []).filter((label) => seen.has(label));
  const explained = draft.explanations.byLabel;
  const options: Option[] = raw.map((option) => ({
    label: option.label,
    text: option.text,
    correct: answer.includes(option.label),
    explanation: explained.has(option.label) ? (explained.get(option.label) ?? []).join('\n\n') : null,
  }));
  if (draft.stem === '') problem('error', draft.line, 'Question has no stem');
  if (options.length === 0) problem('error', draft.line, 'Question has no options (expected lines like "A) ...")');
  if (draft.answer === null) problem('error', draft.line, 'Question has no answer line (expected "**정답: C) ...**")');
  else if (draft.answer.labels.length === 0) {
    problem('error', draft.answer.line, `Answer line names no option: "${draft.answer.text.slice(0, 80)}"`);
  }
  for (const label of draft.answer?.labels ?? []) {
    if (!seen.has(label) && options.length > 0) {
      problem('error', draft.answer?.line ?? draft.line, `Answer ${label} is not among the options (${[...seen].join(', ')})`);
    }
  }
  if (answer.length > 1 && !stemSaysHowMany(draft.stem)) {
    problem('warning', draft.line, `Question has ${answer.length} correct answers but its stem does not say how many to choose`);
  }
  for (const [index, option] of options.entries()) {
    if (!option.correct && option.explanation === null && answer.length > 0) {
      problem('warning', raw[index]?.line ?? draft.line, `Wrong option ${option.label} has no explanation`);
    }
  }
  for (const { line, message } of draft.explanations.problems) problem('warning', line, message);
  return {
    question: {
      id, stem: draft.stem, multi: answer.length > 1, options, answer, notes: draft.explanations.notes, line: draft.line,
    },
    diagnostics,
  };
}
