import type { Layout } from './build-cells.ts';
import { cellTexts, placeLoose } from './place-text.ts';
import type { CellEdge } from './read-groups.ts';
import { tidyEdgeLabel, tidyNodeLabel } from './tidy-label.ts';
import type { ColumnSpace, Diagram, DiagramEdge, DiagramNode, DiagramTitle } from './types.ts';

/** What the passes before assembly found: the merged cells, the edges between them, the numbered steps. */
export interface Links {
  owner: number[];
  edges: CellEdge[];
  stepRows: ReadonlySet<number>;
  /** Answers folded into the labels of the edges through them ("YES"): no longer nodes. */
  folded?: ReadonlySet<number>;
}

/** The graph of a block before ids: nodes, edges, titles and annotations, and where groups' drawings went. */
export type Graph = Pick<Diagram, 'nodes' | 'edges' | 'titles' | 'annotations'>;

type Pending = DiagramNode & { root: number };

// Stacked one-line rows that name the same box ("A ← DB" over "B ← DB") share it: later copies alias the first.
function sharedBoxes(layout: Layout, nodes: readonly Pending[]): Map<number, number> {
  const sideRow = (row: number) => {
    const items = layout.lines[row] ?? [];
    const kinds = items.flatMap((item) => ('element' in item ? [layout.elements[item.element]] : []));
    return kinds.some((el) => el?.arrow && !el.ports.includes('n')) && kinds.every((el) => !el?.ports.includes('n'));
  };
  const alias = new Map<number, number>();
  const last = new Map<string, { root: number; row: number }>();
  for (const n of nodes) {
    const seen = last.get(n.label);
    if (seen && n.rowSpan === 1 && n.row === seen.row + 1 && sideRow(n.row) && sideRow(seen.row)) alias.set(n.root, alias.get(seen.root) ?? seen.root);
    if (n.rowSpan === 1) last.set(n.label, { root: n.root, row: n.row });
  }
  return alias;
}

// A group's own words are what its drawing leaves loose (a group's own name written over the jobs it frames).
function groupLabel(title: string, inner: Diagram): string {
  const loose = [...inner.titles, ...inner.annotations].sort((a, b) => a.row - b.row || a.col - b.col);
  return [title, ...loose.map((a) => a.text)].filter((t) => t !== '').join(' ').replace(/[:：]$/, '');
}

/**
 * Turns merged cells and their edges into the graph: connected cells are nodes, loose text becomes titles
 * and annotations, a box framing a drawing becomes a group node holding that drawing's nodes (or, when it
 * has no words of its own, lets arrows run to the drawing's first and from its last node).
 */
export function assembleGraph<S extends ColumnSpace>(layout: Layout, links: Links, space: S, inner: ReadonlyMap<number, Diagram>): Graph {
  const connected = new Set(links.edges.flatMap((e) => [e.from, e.to]));
  const titles: DiagramTitle[] = [];
  const annotations: DiagramTitle[] = [];
  const nodes: Pending[] = [];
  const groups = new Map<number, Diagram>();
  for (const [root, g] of cellTexts(layout, links.owner, space)) {
    if (links.folded?.has(root)) continue;
    const sub = inner.get(root);
    const label = sub ? groupLabel(g.texts.join(' ').trim(), sub) : tidyNodeLabel(g.texts.join(' ').replace(/\s+/g, ' ').trim());
    if (sub) groups.set(root, sub);
    const node: Pending = { id: '', root, label, row: g.row, col: g.col, rowSpan: g.lastRow - g.row + 1, width: g.end - g.col };
    if (label === '' && (!sub || sub.nodes.length === 0)) continue;
    if (sub || connected.has(root)) {
      nodes.push(node);
      continue;
    }
    const placement = placeLoose(layout, { ...g, label }, space, links.stepRows);
    if (placement === 'node') nodes.push(node);
    else (placement === 'title' ? titles : annotations).push({ text: label, row: g.row, col: g.col });
  }
  nodes.sort((a, b) => a.row - b.row || a.col - b.col);
  const alias = sharedBoxes(layout, nodes);
  const out: DiagramNode[] = [];
  const entry = new Map<number, string>();
  const exit = new Map<number, string>();
  const innerEdges: DiagramEdge[] = [];
  for (const { root, ...node } of nodes) {
    if (alias.has(root)) continue;
    const sub = groups.get(root);
    const own = node.label !== '' || !sub ? `n${out.push(node)}` : undefined;
    if (own) node.id = own;
    if (!sub) {
      entry.set(root, node.id);
      exit.set(root, node.id);
      continue;
    }
    const ids = new Map<string, string>();
    for (const member of sub.nodes) {
      const copy: DiagramNode = { ...member, row: member.row + node.row + 1, col: member.col + node.col };
      ids.set(member.id, (copy.id = `n${out.push(copy)}`));
      if (own) copy.parent = own;
    }
    for (const e of sub.edges) innerEdges.push({ ...e, from: ids.get(e.from) ?? '', to: ids.get(e.to) ?? '' });
    const into = new Set(sub.edges.map((e) => e.to));
    const outOf = new Set(sub.edges.map((e) => e.from));
    entry.set(root, own ?? ids.get(sub.nodes.find((n) => !into.has(n.id))?.id ?? '') ?? '');
    exit.set(root, own ?? ids.get([...sub.nodes].reverse().find((n) => !outOf.has(n.id))?.id ?? '') ?? '');
  }
  for (const [dup, first] of alias) {
    entry.set(dup, entry.get(first) ?? '');
    exit.set(dup, exit.get(first) ?? '');
    const node = out.find((n) => n.id === entry.get(first));
    if (node) node.repeats = (node.repeats ?? 0) + 1;
  }
  const seen = new Set<string>();
  const edges: DiagramEdge[] = [];
  for (const e of [...links.edges.map((l) => ({ from: exit.get(l.from), to: entry.get(l.to), label: l.label })), ...innerEdges]) {
    const key = `${e.from}>${e.to}>${e.label ?? ''}`;
    if (!e.from || !e.to || e.from === e.to || seen.has(key)) continue;
    seen.add(key);
    edges.push(e.label ? { from: e.from, to: e.to, label: tidyEdgeLabel(e.label) } : { from: e.from, to: e.to });
  }
  titles.sort((a, b) => a.row - b.row || a.col - b.col);
  annotations.sort((a, b) => a.row - b.row || a.col - b.col);
  return { nodes: out, edges, titles, annotations };
}
