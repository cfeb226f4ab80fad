import { termsOf } from './terms';
import type { Diagram } from './types';

// A box is "about" the option when the option names at least half of the box's own terms.
const COVERAGE = 0.5;

/** The ids of the nodes an option (its text plus its explanation) is about, in diagram order. */
export function matchNodes(text: string, diagram: Diagram): string[] {
  if (!diagram.parsed) return [];
  const option = termsOf(text);
  if (option.size === 0) return [];
  return diagram.nodes
    .filter((node) => {
      const own = termsOf(node.label);
      if (own.size === 0) return false;
      let shared = 0;
      for (const term of own) if (option.has(term)) shared++;
      return shared > 0 && shared / own.size >= COVERAGE;
    })
    .map((node) => node.id);
}
