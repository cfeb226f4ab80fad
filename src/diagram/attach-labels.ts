import type { Placed } from './find-boxes.ts';

type Arrow = Extract<Placed, { kind: 'arrow' }>;
type Wire = Extract<Placed, { kind: 'wire' }>;
const LABEL_GAP = 3;

function within(inner: { d0: number; d1: number }, outer: { d0: number; d1: number }): boolean {
  return inner.d0 >= outer.d0 - 1 && inner.d1 <= outer.d1 + 1;
}

// "HTTPS" alone on the line over (or under) a long "──────→" names that arrow.
function labelOver(lines: Placed[][], row: number, token: Placed): Arrow | null {
  for (const r of [row + 1, row - 1]) {
    const line = lines[r] ?? [];
    const arrow = line.find((t): t is Arrow => t.kind === 'arrow' && within(token.span, t.span));
    if (arrow && !line.some((t) => (t.kind === 'text' || t.kind === 'box') && t.span.d0 < token.span.d1 && token.span.d0 < t.span.d1)) return arrow;
  }
  return null;
}

/**
 * Gives arrows the labels written beside them that the line pass could not see: a word alone over or
 * under a left/right arrow, and text just right of a lone "│" that is not a box wall ("│ 호출").
 */
export function attachLabels(lines: Placed[][]): Placed[][] {
  const labels = new Map<Placed, string[]>();
  const add = (arrow: Placed, text: string) => labels.set(arrow, [...(labels.get(arrow) ?? []), text]);
  const taken = new Set<Placed>();
  lines.forEach((line, row) => {
    // A word alone on its line, or alone between drawn boxes ("│ Source │   verb   │ Target │"), may name an arrow.
    line.forEach((text, i) => {
      if (text.kind !== 'text' || [line[i - 1], line[i + 1]].some((t) => t !== undefined && t.kind !== 'box')) return;
      const arrow = labelOver(lines, row, text);
      if (arrow) {
        add(arrow, text.text);
        taken.add(text);
      }
    });
    if (line.length === 2 && line[0]?.kind === 'wire' && line[0].ch === '│' && line[1]?.kind === 'text') {
      const [wire, text] = line as [Wire, Extract<Placed, { kind: 'text' }>];
      if (text.span.d0 - wire.span.d1 <= LABEL_GAP && wire.label === undefined) {
        add(wire, text.text);
        taken.add(text);
      }
    }
  });
  if (labels.size === 0) return lines;
  return lines.map((line) =>
    line.filter((t) => !taken.has(t)).map((t) => {
      const extra = labels.get(t);
      if (!extra || (t.kind !== 'arrow' && t.kind !== 'wire')) return t;
      return { ...t, label: [t.label, ...extra].filter(Boolean).join(' ') };
    }),
  );
}
