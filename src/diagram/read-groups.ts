import type { Side } from './glyphs.ts';

/** A directed edge between two cells (by their merged owner), with the arrow's label if any. */
export interface CellEdge {
  from: number;
  to: number;
  label?: string;
}

/** Where a drawing (arrows and wiring joined together) touches a cell, and whether an arrowhead points at it. */
export interface Terminal {
  cell: number;
  side: Side;
  head: boolean;
  /** The end a drawn arrow leaves from ("A" of "A →"), as opposed to an end of plain wiring. */
  tail: boolean;
  /** The text written beside the arrow or line that reaches the cell here, if any. */
  label?: string;
}

// A label sits on the arrow it was written beside. When every label of a drawing is on a piece that reaches
// a box, an edge carries the labels at its own two ends ("↓ (지표 전송)" under a tree labels that step, not
// every branch); a label in the middle of the wiring belongs to the whole drawing.
function labelOf(ends: readonly Terminal[], all: readonly string[]): (from: number, to: number) => string | undefined {
  const whole = all.join(' ') || undefined;
  if (!all.every((l) => ends.some((t) => t.label === l))) return () => whole;
  const at = (cell: number) => ends.filter((t) => t.cell === cell && t.label).map((t) => t.label as string);
  return (from, to) => [...new Set([...at(from), ...at(to)])].join(' ') || undefined;
}

// One junction fanning many boxes into many boxes is a grid drawing, not a flow: stop before it explodes.
const MAX_FAN = 400;

/**
 * Reads each drawing's ends as edges: arrowheads mark targets; plain wiring reads top to bottom, then left
 * to right; a drawing whose ends are all arrowheads joins two boxes both ways. Ends that cannot be read
 * (one end only, too many) become problems.
 */
export function readGroups(groups: Map<number, Terminal[]>, labels: Map<number, string[]>): { edges: CellEdge[]; problems: string[] } {
  const edges: CellEdge[] = [];
  const problems: string[] = [];
  for (const [root, ends] of groups) {
    if (ends.length === 0) continue;
    const labelFor = labelOf(ends, labels.get(root) ?? []);
    const heads = ends.filter((t) => t.head);
    const plain = ends.filter((t) => !t.head);
    // Plain wiring reads top to bottom, then left to right: a tree hangs from the box above its trunk.
    const upper = plain.filter((t) => t.side === 'n');
    const tails = plain.filter((t) => t.tail);
    let sources = upper.length > 0 ? upper : plain;
    let targets = upper.length > 0 ? [...heads, ...plain.filter((t) => t.side !== 'n')] : heads;
    // An arrow drawn into wiring ("A → B →" over "├─ x") says where the flow starts, whatever box the
    // wiring's trunk also reaches up to.
    if (tails.length > 0 && upper.some((t) => !t.tail)) {
      sources = tails;
      targets = [...heads, ...plain.filter((t) => !t.tail && t.side !== 'n')];
    }
    if (targets.length === 0) {
      sources = plain.filter((t) => t.side === 'w');
      targets = plain.filter((t) => t.side !== 'w');
    }
    const distinct = (list: Terminal[]) => [...new Set(list.map((t) => t.cell))];
    const from = distinct(sources);
    const to = distinct(targets);
    if (from.length === 0 && to.length === 2) {
      const [a, b] = to as [number, number];
      const label = labelFor(a, b);
      edges.push({ from: a, to: b, label }, { from: b, to: a, label });
      continue;
    }
    if (from.length === 0 || to.length === 0) {
      problems.push('an arrow or line with only one end');
      continue;
    }
    if (from.length * to.length > MAX_FAN) {
      problems.push('a junction joining too many boxes to read');
      continue;
    }
    for (const f of from) {
      for (const t of to) {
        const between = labelFor(f, t);
        if (f !== t) edges.push(between ? { from: f, to: t, label: between } : { from: f, to: t });
      }
    }
  }
  return { edges, problems };
}
