import type { Heading, RootContent } from 'mdast';
import { classifyHeading } from './heading-kind.ts';
import { answerText, isOptionsLabel, questionLabelEnd } from './labels.ts';
import { plainText } from './markdown-tree.ts';
import type { QuestionRead, Recogniser } from './question-read.ts';

/**
 * True when a block ends the question: a rule, a heading that is none of its labels, or (past the stem) the
 * next "Question:" label, which may sit inside a range stretched over an explanation section.
 */
export function endsQuestion(node: RootContent, read: QuestionRead): boolean {
  if (node.type === 'thematicBreak') return true;
  if (node.type === 'heading') return !headingInside(node, read);
  return read.stage !== 'stem' && node.type === 'paragraph' && questionLabelEnd(node, read.markdown) !== null;
}

/** A heading the question keeps that is no answer: "### Options" before the answer, "### 해설" after it. */
export const labelHeading: Recogniser = (node) => (node.type === 'heading' ? 'label heading' : null);

// A heading belongs to the question when it is an answer, an options label, or an explanation label after the answer.
function headingInside(heading: Heading, read: QuestionRead): boolean {
  if (read.draft.answer === null && answerText(heading) !== null) return true;
  if (read.stage !== 'explain' && isOptionsLabel(heading)) return true;
  return read.stage === 'explain' && classifyHeading(plainText(heading)) === 'explanation';
}
