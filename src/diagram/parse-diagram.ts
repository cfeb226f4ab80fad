import { attachLabels } from './attach-labels.ts';
import { layOut, type Layout } from './build-cells.ts';
import { findBoxes } from './find-boxes.ts';
import { lexLine, type Token } from './lex-line.ts';
import { linkElements } from './link-elements.ts';
import { mergeCells } from './merge-cells.ts';
import { numberedSteps } from './numbered-steps.ts';
import { range } from './measure.ts';
import { refineTokens } from './refine-tokens.ts';
import { tidyEdgeLabel, tidyNodeLabel } from './tidy-label.ts';
import type { ColumnSpace, Diagram, DiagramEdge, DiagramNode, DiagramTitle } from './types.ts';
import { countWordChars, missingWordChars } from './word-chars.ts';

// Past this size a block is not a diagram anyone drew by hand: show it as text instead of reading it.
const MAX_SOURCE = 2_000_000;
// No one draws a line this long by hand: it is data pasted into a block, shown as written.
const MAX_LINE = 4_000;
const MARGIN = 1;

/** A diagram the parser could not read: the view shows its source as written. */
export function unparsedDiagram(source: string, problems: string[]): Diagram {
  return { parsed: false, source, nodes: [], edges: [], titles: [], annotations: [], space: 'display', problems };
}

interface Reading {
  diagram: Diagram;
  misfit: number;
}

// A lone line with no arrows of its own, right over a row of side arrows, names that row ("1단계: 수집").
function headsArrowRow(layout: Layout, row: number): boolean {
  const own = layout.lines[row] ?? [];
  const next = layout.lines[row + 1] ?? [];
  const sideArrow = (item: (typeof next)[number]) =>
    'element' in item && (layout.elements[item.element]?.arrow ?? false) && !(layout.elements[item.element]?.ports.includes('n') ?? true);
  return own.length === 1 && next.some(sideArrow);
}

// Stacked one-line rows that name the same box ("A ← DB" over "B ← DB") share it: later copies alias the first.
function sharedBoxes(layout: Layout, nodes: readonly { root: number; label: string; row: number; rowSpan: number }[]): Map<number, number> {
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

function read(source: string, layout: Layout, space: ColumnSpace, expected: Map<string, number>): Reading {
  const owner = mergeCells(layout, space);
  const links = linkElements(layout, owner, space);
  const steps = numberedSteps(layout, owner);
  links.edges.push(...steps.edges);
  const connected = new Set(links.edges.flatMap((e) => [e.from, e.to]));
  const groups = new Map<number, { row: number; col: number; end: number; lastRow: number; texts: string[] }>();
  owner.forEach((root, cell) => {
    for (const part of layout.cells[cell]?.parts ?? []) {
      const [c0, c1] = range(part.span, space);
      const g = groups.get(root) ?? { row: part.row, col: c0, end: c1, lastRow: part.row, texts: [] };
      groups.set(root, g);
      g.row = Math.min(g.row, part.row);
      g.lastRow = Math.max(g.lastRow, part.row);
      g.col = Math.min(g.col, c0);
      g.end = Math.max(g.end, c1);
      g.texts.push(part.text);
    }
  });
  const titles: DiagramTitle[] = [];
  const nodes: (DiagramNode & { root: number })[] = [];
  for (const [root, g] of groups) {
    const label = tidyNodeLabel(g.texts.join(' ').replace(/\s+/g, ' ').trim());
    if (label === '') continue;
    if (!connected.has(root) && g.row === g.lastRow && !steps.rows.has(g.row) && (/[:：]$/.test(label) || headsArrowRow(layout, g.row))) {
      titles.push({ text: label, row: g.row, col: g.col });
    }
    else nodes.push({ id: '', root, label, row: g.row, col: g.col, rowSpan: g.lastRow - g.row + 1, width: g.end - g.col });
  }
  nodes.sort((a, b) => a.row - b.row || a.col - b.col);
  const alias = sharedBoxes(layout, nodes);
  const kept = nodes.filter((n) => !alias.has(n.root));
  const ids = new Map<number, string>();
  kept.forEach((n, i) => ids.set(n.root, (n.id = `n${i + 1}`)));
  const byRoot = new Map(kept.map((n) => [n.root, n]));
  for (const [dup, first] of alias) {
    ids.set(dup, ids.get(first) ?? '');
    const node = byRoot.get(first);
    if (node) node.repeats = (node.repeats ?? 0) + 1;
  }
  const seen = new Set<string>();
  const edges: DiagramEdge[] = [];
  for (const e of links.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    const key = `${from}>${to}>${e.label ?? ''}`;
    if (!from || !to || seen.has(key)) continue;
    seen.add(key);
    edges.push(e.label ? { from, to, label: tidyEdgeLabel(e.label) } : { from, to });
  }
  const problems = [...new Set(links.problems)];
  if (edges.length === 0) problems.push('no arrows between boxes');
  const texts = [...nodes.map((n) => n.label), ...edges.map((e) => e.label ?? ''), ...titles.map((t) => t.text)];
  const lost = missingWordChars(expected, countWordChars(texts));
  if (lost) problems.push(`text not placed in the graph: ${lost}`);
  const diagram: Diagram = {
    parsed: problems.length === 0,
    source,
    nodes: kept.map(({ root: _root, ...n }) => n),
    edges,
    titles,
    annotations: [],
    space,
    problems,
  };
  return { diagram, misfit: links.misfit };
}

function better(a: Reading, b: Reading): Reading {
  if (a.diagram.parsed !== b.diagram.parsed) return a.diagram.parsed ? a : b;
  if (a.diagram.problems.length !== b.diagram.problems.length) return a.diagram.problems.length < b.diagram.problems.length ? a : b;
  // Display columns are how editors draw Hangul: read by char columns only when that fits clearly better.
  return b.misfit + MARGIN <= a.misfit ? b : a;
}

/** Milliseconds spent in each pass of the reader, added up over calls (for the benchmark). */
export type PassTimes = Map<string, number>;

// Runs one named pass, adding its time to `times` when the caller measures.
function pass<T>(times: PassTimes | undefined, name: string, run: () => T): T {
  if (!times) return run();
  const start = performance.now();
  const value = run();
  times.set(name, (times.get(name) ?? 0) + performance.now() - start);
  return value;
}

/** Reads an architecture-flow block into nodes and edges; never throws, says `parsed: false` when unsure. */
export function parseDiagram(source: string, times?: PassTimes): Diagram {
  if (typeof source !== 'string') return unparsedDiagram('', ['not text']);
  if (source.length > MAX_SOURCE) return unparsedDiagram(source, ['block too large to read']);
  try {
    const lines = source.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
    if (lines.some((line) => line.length > MAX_LINE)) return unparsedDiagram(source, ['a line too long to be a drawing']);
    const tokens: Token[][] = pass(times, 'lex lines', () => lines.map((line) => refineTokens(lexLine(line).tokens)));
    // Letters used as arrows ("v" under "|") are drawing, not text.
    const arrowLetters = tokens.flat().filter((t) => t.kind === 'wire' && /\p{L}/u.test(t.ch)).map((t) => (t.kind === 'wire' ? t.ch : ''));
    const expected = countWordChars([source]);
    for (const ch of arrowLetters) expected.set(ch, (expected.get(ch) ?? 1) - 1);
    const { lines: placed, compartments } = pass(times, 'find boxes', () => findBoxes(tokens));
    const layout = pass(times, 'lay out', () => layOut(attachLabels(placed), compartments));
    const display = pass(times, 'read (display columns)', () => read(source, layout, 'display', expected));
    const char = pass(times, 'read (char columns)', () => read(source, layout, 'char', expected));
    return better(display, char).diagram;
  } catch (error) {
    // A reading bug must never take the note page down: show the block as written.
    return unparsedDiagram(source, [`internal error: ${error instanceof Error ? error.message : String(error)}`]);
  }
}
