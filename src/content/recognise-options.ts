import { mapExplanationItems } from './explanations.ts';
import { isOptionsLabel } from './labels.ts';
import { isOptionsList, isOptionsParagraph, readOptionsList, readOptionsParagraph } from './options.ts';
import { takeOptions, type Recogniser } from './question-read.ts';

/** "**Options:**" alone on its paragraph only announces the options below it. */
export const optionsLabel: Recogniser = (node, read) => {
  if (node.type !== 'paragraph' || read.stage === 'explain' || !isOptionsLabel(node)) return null;
  return 'options label';
};

/** Options written as lines of one paragraph ("A) ..." on its first line), before the answer. */
export const optionsParagraph: Recogniser = (node, read) => {
  if (node.type !== 'paragraph' || read.stage === 'explain' || !isOptionsParagraph(node, read.markdown)) return null;
  takeOptions(read, readOptionsParagraph(node, read.markdown));
  return 'options paragraph';
};

/** Options written as a list; bullets after an answer line glued to its last item explain them. */
export const optionsList: Recogniser = (node, read) => {
  if (node.type !== 'list' || read.stage === 'explain' || !isOptionsList(node, read.markdown)) return null;
  const options = readOptionsList(node, read.markdown);
  takeOptions(read, options);
  mapExplanationItems(options.after, read.markdown, read.draft.options, read.draft.explanations);
  return 'options list';
};
