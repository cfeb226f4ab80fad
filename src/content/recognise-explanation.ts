import { mapExplanationList } from './explanations.ts';
import { mapExplanationParagraph } from './explanation-paragraph.ts';
import { mapExplanationTable } from './explanation-table.ts';
import { explanationLabelRest, isExplanationLabelLine } from './labels.ts';
import { sourceOf } from './markdown-tree.ts';
import type { Recogniser } from './question-read.ts';

/** "💡 추가 설명:" alone after the options: what follows explains, even before an answer is read. */
export const explanationLabel: Recogniser = (node, read) => {
  if (node.type !== 'paragraph' || read.stage === 'stem' || explanationLabelRest(node) !== '') return null;
  read.stage = 'explain';
  return 'explanation label';
};

/** A paragraph after the answer: explanations led by bold option labels, else one note. */
export const explanationParagraph: Recogniser = (node, read) => {
  if (node.type !== 'paragraph' || read.stage !== 'explain') return null;
  const { draft, markdown } = read;
  if (mapExplanationParagraph(node, markdown, draft.options, draft.explanations)) return 'explanation paragraph';
  // "💡 추가 설명:" on the first line only announces what follows.
  const [head = '', ...rest] = sourceOf(markdown, node).split('\n');
  draft.explanations.notes.push((isExplanationLabelLine(head) ? rest.join('\n') : `${head}\n${rest.join('\n')}`).trim());
  return 'note';
};

/** A list after the options: each bullet explains the option(s) it names, or stays a note. */
export const explanationList: Recogniser = (node, read) => {
  if (node.type !== 'list' || read.stage === 'stem') return null;
  mapExplanationList(node, read.markdown, read.draft.options, read.draft.explanations);
  return 'explanation list';
};

/** A table after the answer whose rows open with option labels; a comparison table is left to the notes. */
export const explanationTable: Recogniser = (node, read) => {
  if (node.type !== 'table' || read.stage !== 'explain') return null;
  const { draft, markdown } = read;
  return mapExplanationTable(node, markdown, draft.options, draft.explanations) ? 'explanation table' : null;
};
