import type { Heading, Paragraph } from 'mdast';
import { endOffset, plainText, startOffset } from './markdown-tree.ts';

// "Question 3:", "Question #3", "Question (Choose two):" (the hint in brackets belongs to the stem).
const QUESTION_WORD = /^(?:question|문제|질문|q)\s*#?\d*\s*(?:\(([^()\n]{1,40})\))?\s*[:：.]?$/i;
const QUESTION_TEXT = /^\s*(?:question|문제|질문)\s*#?\d*\s*(?:\(([^()\n]{1,40})\))?\s*[:：]\s*|^\s*q\s*#?\d+\s*[:：.]\s*/i;
const OPTIONS_WORD = /^(?:options|choices|answer choices|선택지|보기)\s*[:：]?$/i;
// "정답: C", "정답(Answer): C", "정답은 C", "정답 - C"; without a colon ("정답 C", "The answer is C") only when a label follows.
const ANSWER_PREFIX =
  /^(?:(?:정답|답|answers?|ans|correct|correct answers?|correct options?|right answers?)(?:\s*\([^()\n]{1,20}\))?\s*[:：]|정답\s*(?:은|는)\s*[:：]?|정답\s*[-–—]\s*|(?:정답|(?:the\s+)?(?:correct\s+)?answer\s+is)\s+(?=\(?[A-Fa-f](?![\p{L}])))\s*/iu;
// A title with the answer below it: "**정답**", "### Answer", "> [!check] 정답".
const ANSWER_TITLE = /^(?:정답|answers?|correct answers?)\s*$/i;
const EXPLANATION_PREFIX = /^(?:추가\s*설명|설명|해설|explanations?|additional explanation|오답\s*(?:분석|해설|설명))\s*[:：]?\s*/i;

/** Drops leading emoji, symbols and spaces so a label is judged by its words. */
export function stripLeadingSymbols(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+/u, '');
}

/** The source offset where the stem starts when the paragraph opens with a "Question:" label, else null. */
export function questionLabelEnd(paragraph: Paragraph, markdown: string): number | null {
  return questionLabel(paragraph, markdown)?.end ?? null;
}

/** The "Question:" label a paragraph opens with: where the stem starts, and a hint in brackets ("Choose two"). */
export function questionLabel(paragraph: Paragraph, markdown: string): { end: number; hint: string | null } | null {
  // An emoji such as "❓ " may come before the bold label.
  const decorated = paragraph.children[0]?.type === 'text' && /^[^\p{L}\p{N}]+$/u.test(paragraph.children[0].value);
  const first = paragraph.children[decorated ? 1 : 0];
  if (first === undefined) return null;
  if (first.type === 'strong' || first.type === 'emphasis') {
    const word = plainText(first).trim().match(QUESTION_WORD);
    if (word === null) return null;
    let end = endOffset(first);
    // The colon may sit outside the bold: "**Question**: text".
    const after = markdown.slice(end, end + 8).match(/^[ \t]*[:：]/);
    if (after !== null) end += after[0].length;
    return { end, hint: word[1] ?? null };
  }
  if (first.type !== 'text') return null;
  const match = first.value.match(QUESTION_TEXT);
  return match === null ? null : { end: startOffset(first) + match[0].length, hint: match[1] ?? null };
}

/** True when the paragraph (or heading) is only an "Options:" label. */
export function isOptionsLabel(paragraph: Paragraph | Heading): boolean {
  return OPTIONS_WORD.test(stripLeadingSymbols(plainText(paragraph)).trim());
}

/** The answer text after "정답:" / "Answer:" when the paragraph (or heading) is an answer line, else null. */
export function answerText(paragraph: Paragraph | Heading): string | null {
  const text = stripLeadingSymbols(plainText(paragraph)).trim();
  if (ANSWER_TITLE.test(text)) return '';
  const match = text.match(ANSWER_PREFIX);
  return match === null ? null : text.slice(match[0].length);
}

/** The answer text of one raw Markdown line ("**정답: C**" -> "C"), or null when the line is no answer line. */
export function answerTextOfLine(line: string): string | null {
  const text = stripLeadingSymbols(line.replace(/\*\*|__/g, '')).trim();
  if (ANSWER_TITLE.test(text)) return '';
  const match = text.match(ANSWER_PREFIX);
  return match === null ? null : text.slice(match[0].length).trim();
}

/** What an explanation label paragraph holds: null when it is none, else the text that follows the label. */
export function explanationLabelRest(paragraph: Paragraph): string | null {
  const text = stripLeadingSymbols(plainText(paragraph)).trim();
  const match = text.match(EXPLANATION_PREFIX);
  if (match === null) return null;
  // "설명" alone must end the label (or be followed by a colon) to avoid eating a sentence starting with it.
  const rest = text.slice(match[0].length);
  if (rest !== '' && !/[:：]\s*$/.test(match[0])) return null;
  return rest;
}

/** True when a raw line is only an explanation label such as "💡 추가 설명:". */
export function isExplanationLabelLine(line: string): boolean {
  const text = stripLeadingSymbols(line.replace(/\*\*|__/g, '')).trim();
  const match = text.match(EXPLANATION_PREFIX);
  return match !== null && match[0].length === text.length;
}
