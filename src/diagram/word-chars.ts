import { isWordChar } from './glyphs.ts';
import type { Diagram } from './types.ts';

/** Counts every letter and digit of some texts: the measure of "nothing lost". */
export function countWordChars(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const ch of text) {
      if (isWordChar(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
  }
  return counts;
}

/** The letters and digits of `expected` that `actual` lacks, as a string (empty when none are lost). */
export function missingWordChars(expected: Map<string, number>, actual: Map<string, number>): string {
  let missing = '';
  for (const [ch, n] of expected) {
    const lost = n - (actual.get(ch) ?? 0);
    if (lost > 0) missing += ch.repeat(Math.min(lost, 20));
  }
  return missing;
}

/** Every text a reading keeps: node labels (once per time the box is drawn), edge labels, titles, annotations. */
export function keptTexts(d: Pick<Diagram, 'nodes' | 'edges' | 'titles' | 'annotations'>): string[] {
  return [
    ...d.nodes.flatMap((n) => Array<string>(1 + (n.repeats ?? 0)).fill(n.label)),
    ...d.edges.map((e) => e.label ?? ''),
    ...d.titles.map((t) => t.text),
    ...d.annotations.map((t) => t.text),
  ];
}
