/**
 * A troubleshooting memo ("**문제**: … / **해결책**: …", "**Problem:** … **Solution:** …") opens with the same
 * word as a question but asks nothing: what follows the problem is its solution, not options to choose from.
 */
import type { RootContent } from 'mdast';
import { isOptionsList, isOptionsParagraph, optionsAfterText } from './options.ts';
import { plainText } from './markdown-tree.ts';
import { stripLeadingSymbols } from './labels.ts';

// The labels a memo answers its problem with; "정답"/"Answer" are not among them (that is a question's answer).
const SOLUTION = /^(?:해결\s*(?:책|방법|방안)?|조치(?:\s*방법)?|대응\s*(?:방법|방안)?|원인|solutions?|fix(?:es)?|resolution|workaround|root\s+cause|cause)\s*[:：]/iu;
// How far after the problem label its solution may come: a memo states one problem and answers it.
const LOOKAHEAD = 3;

/** Whether a line of text opens with a solution label ("해결책:", "Solution:"), bold markers ignored. */
export function isSolutionLine(line: string): boolean {
  return SOLUTION.test(stripLeadingSymbols(line.replace(/\*\*|__/g, '').trim()));
}

/**
 * Whether the question label at `index` opens a memo: a solution label follows, in the same paragraph or in
 * the next few blocks, before any options and before the next heading.
 */
export function opensMemo(nodes: RootContent[], index: number, markdown: string): boolean {
  const own = nodes[index];
  if (own === undefined) return false;
  if (plainText(own).split('\n').slice(1).some(isSolutionLine)) return true;
  for (let i = index + 1; i < Math.min(nodes.length, index + 1 + LOOKAHEAD); i += 1) {
    const node = nodes[i];
    if (node === undefined || node.type === 'heading' || node.type === 'thematicBreak') return false;
    if (node.type === 'list' && isOptionsList(node, markdown)) return false;
    if (node.type === 'paragraph') {
      if (isOptionsParagraph(node, markdown) || optionsAfterText(node, markdown) !== null) return false;
      if (isSolutionLine(plainText(node).split('\n')[0] ?? '')) return true;
    }
    if (node.type === 'list' && node.children.some((item) => isSolutionLine(plainText(item).split('\n')[0] ?? ''))) return true;
  }
  return false;
}
