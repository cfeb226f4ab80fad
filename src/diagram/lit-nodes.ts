/** Which boxes of a flow the options in focus are about: the union of each option's matches. */
import { matchNodes } from './match-nodes';
import type { Diagram } from './types';

/** Node ids named by any of the texts, in diagram order. */
export function litNodes(texts: readonly string[], diagram: Diagram): string[] {
  const lit = new Set(texts.flatMap((text) => matchNodes(text, diagram)));
  return diagram.nodes.map((node) => node.id).filter((id) => lit.has(id));
}
