import type { RootContent } from 'mdast';
import { endOffset, startOffset } from './markdown-tree.ts';
import type { NoteBlock } from './types.ts';

/** Root children claimed by a widget: a question spans [first, last], a flow block is one child. */
export interface Claims {
  questions: { first: number; last: number }[];
  flows: number[];
  /** The first H1, which the note page shows as its title rather than in the body. */
  title?: number;
}

/**
 * Cuts the note body into Markdown runs, question widgets and flow diagrams, in reading order. Every root child
 * not claimed by a widget lands in a Markdown run, verbatim with the blank lines between its children.
 */
export function buildBlocks(nodes: RootContent[], claims: Claims, markdown: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  let run: { from: number; to: number } | null = null;
  const flush = () => {
    if (run !== null) {
      const text = markdown.slice(run.from, run.to).trim();
      if (text !== '') blocks.push({ kind: 'markdown', markdown: text });
    }
    run = null;
  };
  const questionAt = new Map(claims.questions.map((span, index) => [span.first, index]));
  const flowAt = new Map(claims.flows.map((node, index) => [node, index]));
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i];
    if (node === undefined || node.type === 'yaml') continue;
    if (i === claims.title) {
      flush();
      continue;
    }
    const question = questionAt.get(i);
    if (question !== undefined) {
      flush();
      blocks.push({ kind: 'question', index: question });
      i = claims.questions[question]?.last ?? i;
      continue;
    }
    const flow = flowAt.get(i);
    if (flow !== undefined) {
      flush();
      blocks.push({ kind: 'flow', index: flow });
      continue;
    }
    run = run === null ? { from: startOffset(node), to: endOffset(node) } : { from: run.from, to: endOffset(node) };
  }
  flush();
  return blocks;
}
