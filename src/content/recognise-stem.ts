import { questionLabel } from './labels.ts';
import { endOffset, sourceOf, startLine, startOffset } from './markdown-tree.ts';
import { isOptionsParagraph, optionsAfterText } from './options.ts';
import { takeOptions, type QuestionRead, type Recogniser } from './question-read.ts';

/**
 * A paragraph opening with "Question:" (its hint in brackets kept: "(Choose two)"), or text with option lines
 * glued below it without a blank line: the text is the stem (or a note, once past the stem), the lines options.
 */
export const stemParagraph: Recogniser = (node, read) => {
  if (node.type !== 'paragraph') return null;
  const { markdown, stage } = read;
  const label = stage === 'stem' ? questionLabel(node, markdown) : null;
  const inside = stage !== 'explain' && !isOptionsParagraph(node, markdown) ? optionsAfterText(node, markdown) : null;
  if (label === null && inside === null) return null;
  const from = label?.end ?? startOffset(node);
  const text = cutAtOptionsLabel(markdown.slice(from, inside?.at ?? endOffset(node))).trimEnd();
  if (text.trim() !== '' && stage === 'stem') {
    addStem(read, label?.hint == null ? text.trim() : `${text.trim()} (${label.hint})`, () => read.lineOf(from + (text.length - text.trimStart().length)));
  } else if (text.trim() !== '') read.draft.explanations.notes.push(text.trim());
  if (inside !== null) takeOptions(read, inside.read);
  return label === null ? 'text before options' : 'question label';
};

/** Any other block before the options belongs to the stem, as written (code, images, tables). */
export const stemBlock: Recogniser = (node, read) => {
  if (read.stage !== 'stem') return null;
  addStem(read, sourceOf(read.markdown, node).trim(), () => startLine(node));
  return 'stem';
};

/** Any other block after the options is kept as a note, as written. */
export const noteBlock: Recogniser = (node, read) => {
  read.draft.explanations.notes.push(sourceOf(read.markdown, node).trim());
  return 'note';
};

// The question's line is where its stem starts, which the first part of the stem decides.
function addStem(read: QuestionRead, text: string, line: () => number): void {
  if (read.stem.length === 0) read.draft.line = line();
  read.stem.push(text);
}

/** Drops a trailing "**Options:**" line that shares the stem's paragraph. */
function cutAtOptionsLabel(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => /^\s*(?:\*\*|__)?(?:options|choices|선택지|보기)\s*[:：]?\s*(?:\*\*|__)?\s*$/i.test(line));
  return at === -1 ? text : lines.slice(0, at).join('\n');
}
