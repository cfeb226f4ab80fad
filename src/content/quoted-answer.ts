import type { Blockquote } from 'mdast';
import { readAnswer } from './answers.ts';
import { mapExplanationList } from './explanations.ts';
import { answerTextOfLine, isExplanationLabelLine } from './labels.ts';
import { dedent } from './list-item-source.ts';
import { endOffset, sourceOf, startLine, startOffset } from './markdown-tree.ts';
import type { QuestionDraft } from './question-read.ts';

// Obsidian's callout header: "[!success]", "[!check]-", "[!tip]+".
const CALLOUT = /^\[![\w-]{1,30}\][+-]?[ \t]*/;

/**
 * Reads a quote or callout after the options: an answer line in it ("> [!success] 정답: C", or the title
 * "정답" with the answer on the next line) answers the question, its lists are explanation bullets and
 * everything else is kept as notes.
 */
export function readQuote(quote: Blockquote, source: string, draft: QuestionDraft): void {
  const markdown = unquote(source, startOffset(quote), endOffset(quote));
  let awaiting = false;
  quote.children.forEach((child, index) => {
    if (child.type === 'list') {
      mapExplanationList(child, markdown, draft.options, draft.explanations);
      return;
    }
    if (child.type !== 'paragraph') {
      draft.explanations.notes.push(dedent(sourceOf(markdown, child), 2).trim());
      return;
    }
    const kept: string[] = [];
    sourceOf(markdown, child).split('\n').forEach((raw, at) => {
      const line = index === 0 && at === 0 ? raw.replace(CALLOUT, '') : raw.trimStart();
      const answer = draft.answer === null ? (awaiting ? line.trim() : answerTextOfLine(line)) : null;
      if (answer === '') awaiting = true;
      else if (answer !== null) {
        const read = readAnswer(answer, draft.options);
        draft.answer = { labels: read.labels, line: startLine(child) + at, text: answer };
        awaiting = false;
      } else if (line.trim() !== '' && !isExplanationLabelLine(line)) kept.push(line);
    });
    if (kept.length > 0) draft.explanations.notes.push(kept.join('\n').trim());
  });
}

// Blanks out the quote's own ">" markers, one character for one, so the tree's offsets still fit the text.
function unquote(markdown: string, start: number, end: number): string {
  return markdown.slice(0, start) + markdown.slice(start, end).replace(/^([ \t]*)>/gm, '$1 ') + markdown.slice(end);
}
