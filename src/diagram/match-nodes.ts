import { termsOf } from './terms.ts';
import type { Diagram } from './types.ts';

// A box is "about" the option when the option names at least half of the box's own terms.
const COVERAGE = 0.5;

/** The ids of the nodes an option (its text plus its explanation) is about, in diagram order. */
export function matchNodes(text: string, diagram: Diagram): string[] {
  if (!diagram.parsed) return [];
  const option = termsOf(text);
  if (option.size === 0) return [];
  const nodes = diagram.nodes.map((node) => ({ id: node.id, terms: termsOf(node.label) }));
  // A word on most boxes ("SageMaker" in a SageMaker pipeline) tells them apart from nothing: it does not count.
  const seen = new Map<string, number>();
  for (const { terms } of nodes) for (const term of terms) seen.set(term, (seen.get(term) ?? 0) + 1);
  const common = (term: string) => nodes.length >= 4 && (seen.get(term) ?? 0) * 2 > nodes.length;
  return nodes
    .filter(({ terms }) => {
      if (terms.size === 0) return false;
      let shared = 0;
      for (const term of terms) if (option.has(term) && !common(term)) shared++;
      return shared > 0 && shared / terms.size >= COVERAGE;
    })
    .map(({ id }) => id);
}
