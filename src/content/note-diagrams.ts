import { parseDiagram } from '../diagram/parse-diagram.ts';
import type { Diagram } from '../diagram/types.ts';
import { diagnostic } from './diagnostic.ts';
import type { Diagnostic, FlowBlock, Note } from './types.ts';

/** Why a flow block is shown as written, in a reader's words, from the reader's English problem list. */
function explain(problems: readonly string[]): string {
  return problems.length > 0 ? problems.join('; ') : 'unknown reason';
}

/**
 * Reads a note's flow blocks into diagrams (at build time, so the browser never ships the reader) and
 * turns every block the reader gave up on into a warning at the block's first line of text.
 */
export function readDiagrams(flows: readonly FlowBlock[]): { diagrams: Diagram[]; diagnostics: Diagnostic[] } {
  const diagrams = flows.map((flow) => parseDiagram(flow.source));
  const diagnostics = flows.flatMap((flow, i): Diagnostic[] => {
    const diagram = diagrams[i];
    if (!diagram || diagram.parsed) return [];
    return [diagnostic('warning', flow.line + 1, 'diagram-unread', { reason: explain(diagram.problems) })];
  });
  return { diagrams, diagnostics };
}

/** A note with its diagrams read and the diagrams' problems added to its diagnostics, in line order. */
export function withDiagrams(note: Note): Note & { diagrams: Diagram[] } {
  const { diagrams, diagnostics } = readDiagrams(note.flows);
  if (diagnostics.length === 0) return { ...note, diagrams };
  return { ...note, diagrams, diagnostics: [...note.diagnostics, ...diagnostics].sort((a, b) => a.line - b.line) };
}
