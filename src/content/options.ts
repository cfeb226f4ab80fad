import type { List, Paragraph } from 'mdast';
import { itemContent } from './list-item-source';
import { sourceOf, startLine, startOffset } from './markdown-tree';

/** An option as read from the source, before answers and explanations are known. */
export interface RawOption {
  label: string;
  text: string;
  line: number;
}

/** What reading an options block gives: the options, and any item that carried no label (kept verbatim). */
export interface OptionsRead {
  options: RawOption[];
  stray: string[];
}

// "A) text", "A. text", "(A) text", "**A)** text"; bounded, no nested quantifiers.
const MARKER = /^(?:\*\*|__)?\(?([A-Fa-f])(?:\)|\.|:)(?:\*\*|__)?(?:[ \t]+|$)/;

/** The option label and marker length at the start of a line of source, or null. */
export function optionMarker(line: string): { label: string; length: number } | null {
  const match = line.match(MARKER);
  if (match === null || match[1] === undefined) return null;
  return { label: match[1].toUpperCase(), length: match[0].length };
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
  const read: OptionsRead = { options: [], stray: [] };
  for (const item of list.children) {
    const first = item.children[0];
    const marker = first?.type === 'paragraph' ? optionMarker(sourceOf(markdown, first)) : null;
    if (first === undefined || marker === null) {
      read.stray.push(itemContent(markdown, item));
      continue;
    }
    const text = itemContent(markdown, item, startOffset(first) + marker.length);
    read.options.push({ label: marker.label, text, line: startLine(first) });
  }
  return read;
}

/** Reads options written as lines of a paragraph; unlabelled lines continue the option above. */
export function readOptionsParagraph(paragraph: Paragraph, markdown: string): OptionsRead {
  const stray: string[] = [];
  const parts: { label: string; lines: string[]; line: number }[] = [];
  const firstLine = startLine(paragraph);
  sourceOf(markdown, paragraph).split('\n').forEach((line, index) => {
    const marker = optionMarker(line.trimStart());
    const last = parts[parts.length - 1];
    if (marker !== null) {
      parts.push({ label: marker.label, lines: [line.trimStart().slice(marker.length)], line: firstLine + index });
    } else if (last !== undefined) {
      last.lines.push(line.trim());
    } else {
      stray.push(line.trim());
    }
  });
  const options = parts.map(({ label, lines, line }) => ({ label, text: lines.join('\n').trim(), line }));
  return { options, stray };
}
