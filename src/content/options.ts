import type { List, ListItem, Paragraph } from 'mdast';
import { itemContent } from './list-item-source.ts';
import { answerTextOfLine, isExplanationLabelLine } from './labels.ts';
import { sourceOf, startLine, startOffset } from './markdown-tree.ts';

/** An option as read from the source, before answers and explanations are known. */
export interface RawOption {
  label: string;
  text: string;
  line: number;
  /** Written as a ticked task item ("- [x] B) ..."), which some notes use to mark the answer. */
  checked?: boolean;
}

/** What reading an options block gives: the options, and any item that carried no label (kept verbatim). */
export interface OptionsRead {
  options: RawOption[];
  stray: string[];
  /** An answer line glued to the last option without a blank line (Markdown makes it part of that item). */
  answer?: { text: string; line: number };
  /** Items of the same list after a glued answer line: explanation bullets, not options. */
  after: ListItem[];
}

// "A) text", "A. text", "(A) text", "A） text", "**A)** text", "**A** text"; bounded, no nested quantifiers.
const MARKER = /^(?:(?:\*\*|__)?[(（]?([A-Fa-f])[).:）](?:\*\*|__)?|(?:\*\*|__)([A-Fa-f])(?:\*\*|__))(?:[ \t]+|$)/;

/** The option label and marker length at the start of a line of source, or null. */
export function optionMarker(line: string): { label: string; length: number; bold: boolean } | null {
  const match = line.match(MARKER);
  const label = match?.[1] ?? match?.[2];
  if (match === null || label === undefined) return null;
  // "**A) text**": the bold opened before the label closes after the text.
  const bold = /^(\*\*|__)/.test(match[0]) && !/(\*\*|__)\s*$/.test(match[0]);
  return { label: label.toUpperCase(), length: match[0].length, bold };
}

function unwrapBold(text: string, bold: boolean): string {
  return bold && (text.endsWith('**') || text.endsWith('__')) ? text.slice(0, -2).trim() : text;
}

/** The answer of a list item written as an answer line ("- **정답: C**"), or null. */
export function answerOfItem(item: ListItem, markdown: string): { text: string; line: number } | null {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return null;
  const text = answerTextOfLine(sourceOf(markdown, first).split('\n')[0] ?? '');
  return text === null ? null : { text, line: startLine(first) };
}

/** True when a list reads as answer options: its first item starts with an option label. */
export function isOptionsList(list: List, markdown: string): boolean {
  const first = list.children[0]?.children[0];
  return first?.type === 'paragraph' && optionMarker(sourceOf(markdown, first)) !== null;
}

/** True when a paragraph is a run of option lines ("A) ..." on its first line). */
export function isOptionsParagraph(paragraph: Paragraph, markdown: string): boolean {
  return optionMarker(sourceOf(markdown, paragraph)) !== null;
}

/** Reads the options of a list: one option per labelled item, text kept as Markdown. */
export function readOptionsList(list: List, markdown: string): OptionsRead {
  const read: OptionsRead = { options: [], stray: [], after: [] };
  for (const item of list.children) {
    if (read.answer !== undefined) {
      read.after.push(item);
      continue;
    }
    const answer = answerOfItem(item, markdown);
    if (answer !== null) {
      read.answer = answer;
      continue;
    }
    const first = item.children[0];
    const marker = first?.type === 'paragraph' ? optionMarker(sourceOf(markdown, first)) : null;
    if (first === undefined || marker === null) {
      read.stray.push(itemContent(markdown, item));
      continue;
    }
    const lines = itemContent(markdown, item, startOffset(first) + marker.length).split('\n');
    const at = lines.findIndex((line, index) => index > 0 && answerTextOfLine(line) !== null);
    if (at !== -1) {
      read.answer = { text: answerTextOfLine(lines[at] ?? '') ?? '', line: startLine(first) + at };
      const after = lines.slice(at + 1).filter((line) => line.trim() !== '' && !isExplanationLabelLine(line));
      if (after.length > 0) read.stray.push(after.join('\n'));
    }
    const text = (at === -1 ? lines : lines.slice(0, at)).join('\n').trim();
    const option: RawOption = { label: marker.label, text: unwrapBold(text, marker.bold), line: startLine(first) };
    if (item.checked === true) option.checked = true;
    read.options.push(option);
  }
  return read;
}

/** Reads options written as lines of a paragraph; unlabelled lines continue the option above. */
export function readOptionsParagraph(paragraph: Paragraph, markdown: string): OptionsRead {
  return readOptionLines(sourceOf(markdown, paragraph).split('\n'), startLine(paragraph));
}

/**
 * Finds option lines that follow other text in the same paragraph (a stem or an "Options:" label written
 * without a blank line before "A) ..."): where they start in the source, and the options read from there.
 * Null unless at least two lines from there on carry an option label, so one sentence starting "A." is no option.
 */
export function optionsAfterText(paragraph: Paragraph, markdown: string): { at: number; read: OptionsRead } | null {
  const lines = sourceOf(markdown, paragraph).split('\n');
  const marked = lines.map((line) => optionMarker(line.trimStart()) !== null);
  const k = marked.indexOf(true, 1);
  if (k === -1 || marked.slice(k).filter(Boolean).length < 2) return null;
  const at = startOffset(paragraph) + lines.slice(0, k).reduce((sum, line) => sum + line.length + 1, 0);
  return { at, read: readOptionLines(lines.slice(k), startLine(paragraph) + k) };
}

function readOptionLines(source: string[], firstLine: number): OptionsRead {
  const read: OptionsRead = { options: [], stray: [], after: [] };
  const parts: { label: string; lines: string[]; line: number }[] = [];
  source.forEach((raw, index) => {
    // A hard line break written as "\" or "<br>" is layout, not text.
    const line = raw.replace(/(?:\\|<br\s*\/?>)[ \t]*$/i, '');
    const answer = read.answer === undefined ? answerTextOfLine(line) : null;
    if (answer !== null) {
      read.answer = { text: answer, line: firstLine + index };
      return;
    }
    const marker = read.answer === undefined ? optionMarker(line.trimStart()) : null;
    const last = parts[parts.length - 1];
    if (marker !== null) {
      const text = line.trimStart().slice(marker.length);
      parts.push({ label: marker.label, lines: [unwrapBold(text.trim(), marker.bold)], line: firstLine + index });
    } else if (last !== undefined && read.answer === undefined) {
      last.lines.push(line.trim());
    } else if (!isExplanationLabelLine(line)) {
      read.stray.push(line.trim());
    }
  });
  read.options = parts.map(({ label, lines, line }) => ({ label, text: lines.join('\n').trim(), line }));
  return read;
}
