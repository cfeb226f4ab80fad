import type { RootContent } from 'mdast';
import { explainByElimination } from './explanation-elimination.ts';
import { questionLabelEnd } from './labels.ts';
import { startLine } from './markdown-tree.ts';
import { endsQuestion, labelHeading } from './question-boundary.ts';
import { startRead, type QuestionDraft, type QuestionRead, type Recognised, type Recogniser } from './question-read.ts';
import { answerBullet, answerHeading, answerList, answerParagraph, answerQuote } from './recognise-answer.ts';
import { explanationLabel, explanationList, explanationParagraph, explanationTable } from './recognise-explanation.ts';
import { optionsLabel, optionsList, optionsParagraph } from './recognise-options.ts';
import { noteBlock, stemBlock, stemParagraph } from './recognise-stem.ts';

export type { QuestionDraft } from './question-read.ts';

/**
 * The question's grammar: for each block, the first recogniser that takes it wins, so the order says which
 * reading is preferred (an answer line before a stem label, options before explanation bullets). A new
 * way of writing a block means a new or wider recogniser here, not a new branch in the loop.
 */
export const QUESTION_GRAMMAR: readonly Recogniser[] = [
  answerHeading,
  labelHeading,
  answerQuote,
  answerParagraph,
  stemParagraph,
  optionsLabel,
  optionsParagraph,
  explanationLabel,
  explanationParagraph,
  answerList,
  optionsList,
  answerBullet,
  explanationList,
  explanationTable,
  stemBlock,
  noteBlock,
];

/** Reads one question from root children [start, end): stem, options, answer line, explanation bullets. */
export function readQuestion(
  nodes: RootContent[],
  range: { start: number; end: number },
  markdown: string,
  lineOf: (offset: number) => number,
): QuestionDraft {
  const read = startRead(markdown, lineOf);
  const { draft } = read;
  for (let i = range.start; i < range.end; i += 1) {
    const node = nodes[i];
    if (node === undefined) break;
    // A range may open on the heading or rule that precedes its question.
    if (endsQuestion(node, read)) {
      if (i === range.start) continue;
      break;
    }
    if (draft.first === -1) {
      draft.first = i;
      draft.line = startLine(node);
    }
    draft.last = i;
    recognise(node, read);
  }
  return finish(read);
}

function recognise(node: RootContent, read: QuestionRead): void {
  const waiting = read.awaiting;
  const taken = QUESTION_GRAMMAR.reduce<Recognised | null>((found, recogniser) => found ?? recogniser(node, read), null);
  // The answer under a bare "정답" title is the next paragraph or list, whatever that block turned out to be.
  if (waiting && taken !== 'answer title' && (node.type === 'paragraph' || node.type === 'list')) read.awaiting = false;
}

// Joins the stem; a question with no answer line takes its ticked options ("- [x] B") as the answer.
function finish(read: QuestionRead): QuestionDraft {
  const { draft } = read;
  draft.stem = read.stem.join('\n\n');
  const ticked = draft.options.filter((option) => option.checked === true);
  if (draft.answer === null && ticked.length > 0) {
    const labels = [...new Set(ticked.map((option) => option.label))].sort();
    draft.answer = { labels, line: ticked[0]?.line ?? draft.line, text: labels.join(', ') };
  }
  explainByElimination(draft.explanations, draft.options.map((option) => option.label), draft.answer?.labels ?? []);
  return draft;
}

/** True when a root child opens a question: a paragraph starting with a "Question:" label. */
export function opensQuestion(node: RootContent, markdown: string): boolean {
  return node.type === 'paragraph' && questionLabelEnd(node, markdown) !== null;
}
