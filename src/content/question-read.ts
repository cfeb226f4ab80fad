import type { RootContent } from 'mdast';
import { readAnswer } from './answers.ts';
import { emptyExplanations, type ExplanationsRead } from './explanations.ts';
import type { OptionsRead, RawOption } from './options.ts';

/** A question as read from its run of nodes, before it gets its id and its options their verdicts. */
export interface QuestionDraft {
  stem: string;
  line: number;
  /** One option per letter, the first written: what answers and explanations are read against. */
  options: RawOption[];
  /** Option lines whose letter an earlier line took: reported when the question is built, never read against. */
  repeated: RawOption[];
  answer: { labels: string[]; line: number; text: string } | null;
  explanations: ExplanationsRead;
  /** Index of the first and last root child the question widget shows. */
  first: number;
  last: number;
}

/**
 * Where the reader is in a question: before the options (stem), after options but before the answer
 * (options), or after the answer (explain). The same block means different things in each.
 */
export type Stage = 'stem' | 'options' | 'explain';

/** What the recognisers share while one question is read: the source, the draft so far and the stage. */
export interface QuestionRead {
  markdown: string;
  lineOf: (offset: number) => number;
  draft: QuestionDraft;
  /** The stem's parts, joined once the question ends. */
  stem: string[];
  stage: Stage;
  /** A bare "정답" title was read: the next paragraph or list holds the answer. */
  awaiting: boolean;
}

/**
 * Names the block a recogniser took (for tests and for reading the grammar); null means "not mine", and a
 * recogniser that says null has changed nothing.
 */
export type Recognised =
  | 'answer heading' | 'answer title' | 'answer line' | 'answer list' | 'answer bullet' | 'quote' | 'label heading'
  | 'question label' | 'text before options' | 'stem' | 'options label' | 'options paragraph' | 'options list'
  | 'explanation label' | 'explanation paragraph' | 'explanation list' | 'explanation table' | 'note';

/** Reads one block kind of a question: changes the read and names what it took, or says null. */
export type Recogniser = (node: RootContent, read: QuestionRead) => Recognised | null;

/** A fresh read of a question in the given source, before its first block. */
export function startRead(markdown: string, lineOf: (offset: number) => number): QuestionRead {
  const draft: QuestionDraft = {
    stem: '', line: 1, options: [], repeated: [], answer: null, explanations: emptyExplanations(), first: -1, last: -1,
  };
  return { markdown, lineOf, draft, stem: [], stage: 'stem', awaiting: false };
}

/** Records the answer written as `text` at `line`, judged against the options read so far. */
export function setAnswer(read: QuestionRead, text: string, line: number): void {
  read.draft.answer = { labels: readAnswer(text, read.draft.options).labels, line, text };
}

/**
 * Adds read options to the draft, with an answer line that Markdown glued to them; moves the stage on. A line
 * repeating a taken letter is set aside, so every explanation bullet is matched against one option per letter
 * (a thousand pasted option lines would otherwise make each bullet's work grow with them).
 */
export function takeOptions(read: QuestionRead, options: OptionsRead): void {
  const taken = new Set(read.draft.options.map((option) => option.label));
  for (const option of options.options) {
    if (taken.has(option.label)) read.draft.repeated.push(option);
    else {
      taken.add(option.label);
      read.draft.options.push(option);
    }
  }
  if (options.answer !== undefined && read.draft.answer === null) setAnswer(read, options.answer.text, options.answer.line);
  read.draft.explanations.notes.push(...options.stray);
  read.stage = read.draft.answer === null ? 'options' : 'explain';
}
