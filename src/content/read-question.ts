import type { Heading, List, RootContent } from 'mdast';
import { answerSaysMore, readAnswer, sortUnique } from './answers.ts';
import { explainByElimination } from './explanation-elimination.ts';
import { emptyExplanations, mapExplanationItems, mapExplanationList, type ExplanationsRead } from './explanations.ts';
import { mapExplanationParagraph } from './explanation-paragraph.ts';
import { mapExplanationTable } from './explanation-table.ts';
import { classifyHeading } from './heading-kind.ts';
import { answerText, explanationLabelRest, isExplanationLabelLine, isOptionsLabel, questionLabel, questionLabelEnd } from './labels.ts';
import { itemContent } from './list-item-source.ts';
import { endOffset, plainText, sourceOf, startLine, startOffset } from './markdown-tree.ts';
import { readQuote } from './quoted-answer.ts';
import {
  answerOfItem, isOptionsList, isOptionsParagraph, optionsAfterText, readOptionsList, readOptionsParagraph, type OptionsRead, type RawOption,
} from './options.ts';

/** A question as read from its run of nodes, before it gets its id and its options their verdicts. */
export interface QuestionDraft {
  stem: string;
  line: number;
  options: RawOption[];
  answer: { labels: string[]; line: number; text: string } | null;
  explanations: ExplanationsRead;
  /** Index of the first and last root child the question widget shows. */
  first: number;
  last: number;
}

type Stage = 'stem' | 'options' | 'explain';

/** Reads one question from root children [start, end): stem, options, answer line, explanation bullets. */
export function readQuestion(
  nodes: RootContent[],
  range: { start: number; end: number },
  markdown: string,
  lineOf: (offset: number) => number,
): QuestionDraft {
  const { start, end } = range;
  const draft: QuestionDraft = {
    stem: '', line: 1, options: [], answer: null, explanations: emptyExplanations(), first: -1, last: -1,
  };
  const stem: string[] = [];
  let stage: Stage = 'stem';
  let awaiting = false;
  for (let i = start; i < end; i += 1) {
    const node = nodes[i];
    if (node === undefined) break;
    // A later "Question:" label starts the next question, even inside a range stretched over an explanation section.
    const nextQuestion = stage !== 'stem' && node.type === 'paragraph' && questionLabelEnd(node, markdown) !== null;
    if (nextQuestion || node.type === 'thematicBreak' || (node.type === 'heading' && !headingInside(node, stage, draft))) {
      if (i === start) continue;
      break;
    }
    if (draft.first === -1) {
      draft.first = i;
      draft.line = startLine(node);
    }
    draft.last = i;
    if (node.type === 'heading') {
      // "### 정답: C", or "### 정답" with the answer in the paragraph below.
      const answer = draft.answer === null ? answerText(node) : null;
      if (answer !== null && answer.trim() === '') awaiting = true;
      else if (answer !== null) {
        draft.answer = { labels: readAnswer(answer, draft.options).labels, line: startLine(node), text: answer };
        stage = 'explain';
      }
      continue;
    }
    if (node.type === 'blockquote' && stage !== 'stem') {
      readQuote(node, markdown, draft);
      if (draft.answer !== null) stage = 'explain';
      continue;
    }
    if (node.type === 'paragraph') {
      const answer: string | null = awaiting ? plainText(node).trim() : answerText(node);
      awaiting = draft.answer === null && answer?.trim() === '';
      if (awaiting) continue;
      if (answer !== null && draft.answer === null) {
        const read = readAnswer(answer, draft.options);
        draft.answer = { labels: read.labels, line: startLine(node), text: answer };
        const [firstLine = '', ...more] = sourceOf(markdown, node).split('\n');
        // Keep what the answer line adds beyond the options (a summary, a reason) and any lines below it.
        if (answerSaysMore(read, draft.options)) draft.explanations.notes.push(firstLine.trim());
        // "💡 추가 설명:" on the line below the answer only announces the bullets.
        const said = more.filter((line) => !isExplanationLabelLine(line)).join('\n').trim();
        if (said !== '') draft.explanations.notes.push(said);
        stage = 'explain';
        continue;
      }
      const label = stage === 'stem' ? questionLabel(node, markdown) : null;
      const labelEnd = label?.end ?? null;
      // Options may follow the stem or an "Options:" label in the same paragraph, without a blank line.
      const inside = stage !== 'explain' && !isOptionsParagraph(node, markdown) ? optionsAfterText(node, markdown) : null;
      if (labelEnd !== null || inside !== null) {
        const from = labelEnd ?? startOffset(node);
        const text = cutAtOptionsLabel(markdown.slice(from, inside?.at ?? endOffset(node))).trimEnd();
        if (text.trim() !== '' && stage === 'stem') {
          if (stem.length === 0) draft.line = lineOf(from + (text.length - text.trimStart().length));
          stem.push(label?.hint == null ? text.trim() : `${text.trim()} (${label.hint})`);
        } else if (text.trim() !== '') draft.explanations.notes.push(text.trim());
        if (inside !== null) stage = takeOptions(draft, inside.read);
        continue;
      }
      if (stage !== 'explain' && isOptionsLabel(node)) continue;
      if (stage !== 'explain' && isOptionsParagraph(node, markdown)) {
        const read = readOptionsParagraph(node, markdown);
        stage = takeOptions(draft, read);
        continue;
      }
      if (stage !== 'stem' && explanationLabelRest(node) === '') {
        stage = 'explain';
        continue;
      }
      if (stage === 'explain') {
        if (!mapExplanationParagraph(node, markdown, draft.options, draft.explanations)) {
          // "💡 추가 설명:" on the first line only announces what follows.
          const [head = '', ...rest] = sourceOf(markdown, node).split('\n');
          draft.explanations.notes.push((isExplanationLabelLine(head) ? rest.join('\n') : `${head}\n${rest.join('\n')}`).trim());
        }
        continue;
      }
    }
    if (node.type === 'list' && awaiting) {
      // "**정답:**" with the correct options listed below it, one per item.
      awaiting = false;
      const labels = sortUnique(node.children.flatMap((item) => readAnswer(itemContent(markdown, item), draft.options).labels));
      draft.answer = { labels, line: startLine(node), text: labels.join(', ') };
      stage = 'explain';
      continue;
    }
    if (node.type === 'list' && stage !== 'explain' && isOptionsList(node, markdown)) {
      const read = readOptionsList(node, markdown);
      stage = takeOptions(draft, read);
      mapExplanationItems(read.after, markdown, draft.options, draft.explanations);
      continue;
    }
    const listAnswer = node.type === 'list' && draft.answer === null ? answerOfFirstItem(node, markdown) : null;
    if (node.type === 'list' && listAnswer !== null) {
      // "- **정답: C**" written as a bullet: the answer, then explanation bullets in the same list.
      const answer = readAnswer(listAnswer.text, draft.options);
      draft.answer = { labels: answer.labels, line: listAnswer.line, text: listAnswer.text };
      mapExplanationItems(node.children.slice(1), markdown, draft.options, draft.explanations);
      stage = 'explain';
      continue;
    }
    if (node.type === 'list' && (stage === 'explain' || stage === 'options')) {
      mapExplanationList(node, markdown, draft.options, draft.explanations);
      continue;
    }
    if (node.type === 'table' && stage === 'explain' && mapExplanationTable(node, markdown, draft.options, draft.explanations)) continue;
    if (stage === 'stem') {
      if (stem.length === 0) draft.line = startLine(node);
      stem.push(sourceOf(markdown, node).trim());
    } else {
      draft.explanations.notes.push(sourceOf(markdown, node).trim());
    }
  }
  draft.stem = stem.join('\n\n');
  const ticked = draft.options.filter((option) => option.checked === true);
  if (draft.answer === null && ticked.length > 0) {
    const labels = [...new Set(ticked.map((option) => option.label))].sort();
    draft.answer = { labels, line: ticked[0]?.line ?? draft.line, text: labels.join(', ') };
  }
  explainByElimination(draft.explanations, draft.options.map((option) => option.label), draft.answer?.labels ?? []);
  return draft;
}

/** True when a heading belongs to the question: an answer, an options label, or an explanation label after the answer. */
function headingInside(heading: Heading, stage: Stage, draft: QuestionDraft): boolean {
  if (draft.answer === null && answerText(heading) !== null) return true;
  if (stage !== 'explain' && isOptionsLabel(heading)) return true;
  return stage === 'explain' && classifyHeading(plainText(heading)) === 'explanation';
}

function answerOfFirstItem(list: List, markdown: string): { text: string; line: number } | null {
  const first = list.children[0];
  return first === undefined ? null : answerOfItem(first, markdown);
}

/** Adds read options to the draft, with an answer line that Markdown glued to them; says what comes next. */
function takeOptions(draft: QuestionDraft, read: OptionsRead): Stage {
  draft.options.push(...read.options);
  if (read.answer !== undefined && draft.answer === null) {
    const answer = readAnswer(read.answer.text, draft.options);
    draft.answer = { labels: answer.labels, line: read.answer.line, text: read.answer.text };
  }
  draft.explanations.notes.push(...read.stray);
  return draft.answer === null ? 'options' : 'explain';
}

/** Drops a trailing "**Options:**" line that shares the stem's paragraph. */
function cutAtOptionsLabel(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => /^\s*(?:\*\*|__)?(?:options|choices|선택지|보기)\s*[:：]?\s*(?:\*\*|__)?\s*$/i.test(line));
  return at === -1 ? text : lines.slice(0, at).join('\n');
}

/** True when a root child opens a question: a paragraph starting with a "Question:" label. */
export function opensQuestion(node: RootContent, markdown: string): boolean {
  return node.type === 'paragraph' && questionLabelEnd(node, markdown) !== null;
}
