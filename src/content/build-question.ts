import { diagnostic, type DiagnosticArgs, type DiagnosticCode } from './diagnostic.ts';
import type { QuestionDraft } from './question-read.ts';
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
  const problem = (severity: Diagnostic['severity'], line: number, code: DiagnosticCode, args: DiagnosticArgs = {}) =>
    diagnostics.push(diagnostic(severity, line, code, args));
  for (const option of draft.repeated) problem('error', option.line, 'option-repeated', { label: option.label });
  const raw = draft.options;
  const seen = new Set(raw.map((option) => option.label));
  const answer = (draft.answer?.labels ?? []).filter((label) => seen.has(label));
  const explained = draft.explanations.byLabel;
  const options: Option[] = raw.map((option) => ({
    label: option.label,
    text: option.text,
    correct: answer.includes(option.label),
    explanation: explained.has(option.label) ? (explained.get(option.label) ?? []).join('\n\n') : null,
  }));
  if (draft.stem === '') problem('error', draft.line, 'stem-missing');
  if (options.length === 0) problem('error', draft.line, 'options-missing');
  if (draft.answer === null) problem('error', draft.line, 'answer-missing');
  else if (draft.answer.labels.length === 0) {
    problem('error', draft.answer.line, 'answer-names-no-option', { text: draft.answer.text.slice(0, 80) });
  }
  for (const label of draft.answer?.labels ?? []) {
    if (!seen.has(label) && options.length > 0) {
      problem('error', draft.answer?.line ?? draft.line, 'answer-not-an-option', { label, options: [...seen].join(', ') });
    }
  }
  if (answer.length > 1 && !stemSaysHowMany(draft.stem)) {
    problem('warning', draft.line, 'answer-count-unstated', { count: answer.length });
  }
  for (const [index, option] of options.entries()) {
    if (!option.correct && option.explanation === null && answer.length > 0) {
      problem('warning', raw[index]?.line ?? draft.line, 'wrong-option-unexplained', { label: option.label });
    }
  }
  for (const { line, label } of draft.explanations.problems) problem('warning', line, 'explanation-unknown-option', { label });
  return {
    question: {
      id, stem: draft.stem, multi: answer.length > 1, options, answer, notes: draft.explanations.notes, line: draft.line,
    },
    diagnostics,
  };
}
