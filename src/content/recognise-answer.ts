import { answerSaysMore, readAnswer, sortUnique } from './answers.ts';
import { answerText, isExplanationLabelLine } from './labels.ts';
import { itemContent } from './list-item-source.ts';
import { plainText, sourceOf, startLine } from './markdown-tree.ts';
import { answerOfItem } from './options.ts';
import { mapExplanationItems } from './explanations.ts';
import { setAnswer, type Recogniser } from './question-read.ts';
import { readQuote } from './quoted-answer.ts';

/** "### 정답: C" answers the question; "### 정답" alone says the answer is in the block below. */
export const answerHeading: Recogniser = (node, read) => {
  if (node.type !== 'heading' || read.draft.answer !== null) return null;
  const answer = answerText(node);
  if (answer === null) return null;
  if (answer.trim() === '') {
    read.awaiting = true;
    return 'answer title';
  }
  setAnswer(read, answer, startLine(node));
  read.stage = 'explain';
  return 'answer heading';
};

/**
 * "**정답: C**" answers the question, keeping what the line adds beyond the options; "**정답**" alone (or an
 * empty paragraph after it) keeps waiting; after a bare title, the whole paragraph is the answer.
 */
export const answerParagraph: Recogniser = (node, read) => {
  if (node.type !== 'paragraph' || read.draft.answer !== null) return null;
  const answer = read.awaiting ? plainText(node).trim() : answerText(node);
  if (answer === null) return null;
  if (answer.trim() === '') {
    read.awaiting = true;
    return 'answer title';
  }
  const said = readAnswer(answer, read.draft.options);
  setAnswer(read, answer, startLine(node));
  const notes = read.draft.explanations.notes;
  const [firstLine = '', ...more] = sourceOf(read.markdown, node).split('\n');
  // Keep what the answer line adds beyond the options (a summary, a reason) and any lines below it.
  if (answerSaysMore(said, read.draft.options)) notes.push(firstLine.trim());
  // "💡 추가 설명:" on the line below the answer only announces the bullets.
  const rest = more.filter((line) => !isExplanationLabelLine(line)).join('\n').trim();
  if (rest !== '') notes.push(rest);
  read.stage = 'explain';
  return 'answer line';
};

/** "**정답:**" with the correct options listed below it, one per item. */
export const answerList: Recogniser = (node, read) => {
  if (node.type !== 'list' || !read.awaiting) return null;
  const labels = sortUnique(node.children.flatMap((item) => readAnswer(itemContent(read.markdown, item), read.draft.options).labels));
  read.draft.answer = { labels, line: startLine(node), text: labels.join(', ') };
  read.stage = 'explain';
  return 'answer list';
};

/** "- **정답: C**" written as a bullet: the answer, then explanation bullets in the same list. */
export const answerBullet: Recogniser = (node, read) => {
  if (node.type !== 'list' || read.draft.answer !== null) return null;
  const first = node.children[0];
  const answer = first === undefined ? null : answerOfItem(first, read.markdown);
  if (answer === null) return null;
  setAnswer(read, answer.text, answer.line);
  mapExplanationItems(node.children.slice(1), read.markdown, read.draft.options, read.draft.explanations);
  read.stage = 'explain';
  return 'answer bullet';
};

/** A quote or callout after the stem: its answer line answers the question, the rest explains it. */
export const answerQuote: Recogniser = (node, read) => {
  if (node.type !== 'blockquote' || read.stage === 'stem') return null;
  readQuote(node, read.markdown, read.draft);
  if (read.draft.answer !== null) read.stage = 'explain';
  return 'quote';
};
