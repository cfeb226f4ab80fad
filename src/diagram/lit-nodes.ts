/** Which boxes of a flow the options in focus are about: the union of each option's matches. */
import { matchNodes, sharedTerms } from './match-nodes';
import type { Diagram } from './types';

/** Node ids named by any of the texts, in diagram order; words all of the question's `options` say light nothing alone. */
export function litNodes(texts: readonly string[], diagram: Diagram, options: readonly string[] = []): string[] {
  const shared = sharedTerms(options);
  const lit = new Set(texts.flatMap((text) => matchNodes(text, diagram, shared)));
  return diagram.nodes.map((node) => node.id).filter((id) => lit.has(id));
}
