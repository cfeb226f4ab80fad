import type { Root } from 'mdast';
import { classifyHeading } from './heading-kind.ts';
import { plainText } from './markdown-tree.ts';
import { opensMemo } from './memo.ts';
import { isOptionsList, isOptionsParagraph, optionsAfterText } from './options.ts';
import { opensQuestion } from './read-question.ts';
import { sectionsOfKind, type Section } from './sections.ts';

/** A half-open run of root children that holds one question. */
export interface QuestionRange {
  start: number;
  end: number;
}

/**
 * Where the questions of a note are: inside each question section, one per "Question:" label (else one per
 * question sub-heading, else the whole section when it holds options), the last one running on through an
 * explanation section of the same rank that follows; outside, one per "Question:" label up to the next heading.
 * A problem label answered by a solution label is a memo, never a question.
 */
export function findQuestionRanges(root: Root, sections: Section[], markdown: string): QuestionRange[] {
  const nodes = root.children;
  const inside = sectionsOfKind(sections, 'question');
  const ranges: QuestionRange[] = [];
  for (const section of inside) {
    const found = rangesInSection(root, section, markdown);
    const last = found[found.length - 1];
    // "## 해설" right after "## 관련 문제", at the same rank, explains the section's last question.
    const next = sections.find((other) => other.heading === section.end);
    const depth = (index: number) => (nodes[index]?.type === 'heading' ? (nodes[index] as { depth: number }).depth : 0);
    if (last !== undefined && next?.kind === 'explanation' && depth(next.heading) === depth(section.heading)) last.end = next.end;
    ranges.push(...found);
  }
  const claimed = [...ranges, ...inside];
  const covered = (index: number) => claimed.some((range) => index >= range.start && index < range.end);
  nodes.forEach((node, index) => {
    if (covered(index) || !opensQuestion(node, markdown) || opensMemo(nodes, index, markdown)) return;
    let end = index + 1;
    while (end < nodes.length && nodes[end]?.type !== 'heading' && !opensQuestion(nodes[end] ?? node, markdown)) end += 1;
    ranges.push({ start: index, end });
  });
  return ranges.sort((a, b) => a.start - b.start);
}

function rangesInSection(root: Root, section: Section, markdown: string): QuestionRange[] {
  const nodes = root.children;
  const indices = (test: (index: number) => boolean) => {
    const found: number[] = [];
    for (let i = section.start; i < section.end; i += 1) if (test(i)) found.push(i);
    return found;
  };
  const openers = indices((i) => opensQuestion(nodes[i] ?? { type: 'thematicBreak' }, markdown) && !opensMemo(nodes, i, markdown));
  // A question sub-heading ("### 문제 2") starts a question unless a "Question:" label follows it at once.
  const subheadings = indices((i) => {
    const node = nodes[i];
    return node?.type === 'heading' && classifyHeading(plainText(node)) === 'question' && !openers.includes(i + 1);
  });
  const starts = [...openers, ...subheadings].sort((a, b) => a - b);
  if (starts.length > 0) return splitAt(starts, section.end);
  const hasOptions = indices((i) => {
    const node = nodes[i];
    if (node?.type === 'list') return isOptionsList(node, markdown);
    return node?.type === 'paragraph' && (isOptionsParagraph(node, markdown) || optionsAfterText(node, markdown) !== null);
  });
  return hasOptions.length > 0 ? [{ start: section.start, end: section.end }] : [];
}

function splitAt(starts: number[], end: number): QuestionRange[] {
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? end }));
}
