import { foldAnswers } from './answers.ts';
import { assembleGraph } from './assemble-graph.ts';
import { attachLabels } from './attach-labels.ts';
import { layOut, type Layout } from './build-cells.ts';
import { findBoxes } from './find-boxes.ts';
import { lexLine, type Token } from './lex-line.ts';
import { linkElements } from './link-elements.ts';
import { mergeCells } from './merge-cells.ts';
import { numberedSteps } from './numbered-steps.ts';
import { refineTokens } from './refine-tokens.ts';
import type { ColumnSpace, Diagram } from './types.ts';
import { countWordChars, keptTexts, missingWordChars } from './word-chars.ts';

// Past this size a block is not a diagram anyone drew by hand: show it as text instead of reading it.
const MAX_SOURCE = 2_000_000;
// No one draws a line this long by hand: it is data pasted into a block, shown as written.
const MAX_LINE = 4_000;
const MARGIN = 1;

/** A diagram the parser could not read: the view shows its source as written. */
export function unparsedDiagram(source: string, problems: string[]): Diagram {
  return { parsed: false, source, nodes: [], edges: [], titles: [], annotations: [], space: 'display', problems };
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

interface Reading {
  diagram: Diagram;
  misfit: number;
}

// The passes that depend on the column space: join lines into cells, link arrows, assemble the graph.
// `owed` (the block's letters) is checked here, so a reading that drops text loses to one that keeps it;
// a group's interior is checked with the block around it.
function read<S extends ColumnSpace>(source: string, layout: Layout, space: S, inner: ReadonlyMap<number, Diagram>, owed?: Map<string, number>): Reading {
  const owner = mergeCells(layout, space);
  const links = linkElements(layout, owner, space);
  const steps = numberedSteps(layout, owner);
  const answered = foldAnswers(layout, owner, [...links.edges, ...steps.edges]);
  const graph = assembleGraph(layout, { owner, edges: answered.edges, stepRows: steps.rows, folded: answered.folded }, space, inner);
  const problems = [...new Set([...links.problems, ...[...inner.values()].flatMap((d) => d.problems)])];
  // A group's drawing may be loose boxes with no arrows between them; the block around it may not.
  if (owed) {
    if (graph.edges.length === 0) problems.push('no arrows between boxes');
    const lost = missingWordChars(owed, countWordChars(keptTexts(graph)));
    if (lost) problems.push(`text not placed in the graph: ${lost}`);
  }
  return { diagram: { parsed: problems.length === 0, source, ...graph, space, problems }, misfit: links.misfit };
}

function better(a: Reading, b: Reading): Reading {
  if (a.diagram.parsed !== b.diagram.parsed) return a.diagram.parsed ? a : b;
  if (a.diagram.problems.length !== b.diagram.problems.length) return a.diagram.problems.length < b.diagram.problems.length ? a : b;
  // Display columns are how editors draw Hangul: read by char columns only when that fits clearly better.
  return b.misfit + MARGIN <= a.misfit ? b : a;
}

// Reads the lines of a block (or of a group's interior) through every pass, in both column spaces.
function readLines(source: string, lines: readonly string[], tokens: Token[][], times: PassTimes | undefined, owed?: Map<string, number>): Diagram {
  const { lines: placed, compartments } = pass(times, 'find boxes', () => findBoxes(tokens, lines));
  const layout = pass(times, 'lay out', () => layOut(attachLabels(placed), compartments));
  const inner = new Map([...layout.interiors].map(([cell, { lines: text }]) => [cell, readLines(text.join('\n'), text, lex(text, times), times)]));
  const display = pass(times, 'read (display columns)', () => read(source, layout, 'display', inner, owed));
  const char = pass(times, 'read (char columns)', () => read(source, layout, 'char', inner, owed));
  return better(display, char).diagram;
}

function lex(lines: readonly string[], times: PassTimes | undefined): Token[][] {
  return pass(times, 'lex lines', () => lines.map((line) => refineTokens(lexLine(line).tokens)));
}

/** Reads an architecture-flow block into nodes and edges; never throws, says `parsed: false` when unsure. */
export function parseDiagram(source: string, times?: PassTimes): Diagram {
  if (typeof source !== 'string') return unparsedDiagram('', ['not text']);
  if (source.length > MAX_SOURCE) return unparsedDiagram(source, ['block too large to read']);
  try {
    const lines = source.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
    if (lines.some((line) => line.length > MAX_LINE)) return unparsedDiagram(source, ['a line too long to be a drawing']);
    const tokens = lex(lines, times);
    // Letters used as arrows ("v" under "|") are drawing, not text: they are not owed to the graph.
    const owed = countWordChars([source]);
    for (const t of tokens.flat()) if (t.kind === 'wire' && /\p{L}/u.test(t.ch)) owed.set(t.ch, (owed.get(t.ch) ?? 1) - 1);
    return readLines(source, lines, tokens, times, owed);
  } catch (error) {
    // A reading bug must never take the note page down: show the block as written.
    return unparsedDiagram(source, [`internal error: ${error instanceof Error ? error.message : String(error)}`]);
  }
}
