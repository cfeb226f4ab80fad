/**
 * The plain text of a note for search, read from the syntax tree the note was parsed into: the
 * headings, the body text outside questions, and the text of the questions. Reading it here, while
 * the tree exists, spares the search index a second parse of every note at build time.
 */
import type { Heading, Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A note's searchable text. */
export interface NoteText {
  /** Headings below the title, without their leading emoji. */
  headings: string[];
  /** Paragraph, list and table text outside the questions, joined by single spaces; code is left out. */
  body: string;
  /** The questions' stems, options, explanations and notes, as plain text. */
  questions: string;
}

// Nodes whose text is taken whole; their children are never visited again.
const TEXT_NODES = new Set(['paragraph', 'tableCell']);
const SKIPPED = new Set(['code', 'html', 'yaml', 'definition']);

/**
 * Reads the text of a parsed note's top-level nodes: `questions` are the [first, last] spans of the
 * question widgets, `title` the index of the H1 the page shows as its title (left out: it is the title field).
 */
export function readNoteText(nodes: readonly RootContent[], questions: readonly { first: number; last: number }[], title?: number): NoteText {
  const headings: string[] = [];
  const body: string[] = [];
  const asked: string[] = [];
  const inQuestion = (i: number) => questions.some(({ first, last }) => i >= first && i <= last);
  const walk = (node: Nodes, into: string[], keepHeadings: boolean): void => {
    if (node.type === 'heading') {
      // A heading inside a question ("### 문제 3") only labels it.
      if (keepHeadings) headings.push(cleanHeading(node));
      return;
    }
    if (SKIPPED.has(node.type)) return;
    if (TEXT_NODES.has(node.type)) {
      into.push(toString(node));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child, into, keepHeadings);
  };
  nodes.forEach((node, i) => {
    if (i === title) return;
    if (inQuestion(i)) walk(node, asked, false);
    else walk(node, body, true);
  });
  return { headings: headings.filter(Boolean), body: squashSpaces(body.join(' ')), questions: squashSpaces(asked.join(' ')) };
}

function cleanHeading(heading: Heading): string {
  // Headings of these notes start with an emoji ("🎯 핵심 포인트") that only adds noise to search.
  return squashSpaces(toString(heading).replace(/^[^\p{L}\p{N}]+/u, ''));
}

function squashSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
