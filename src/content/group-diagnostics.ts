import type { Diagnostic } from './types.ts';

/** Problems that say the same thing (severity, code and arguments), with every line they were found on. */
export interface DiagnosticGroup {
  diagnostic: Diagnostic;
  /** 1-based lines, in the order the problems were reported. */
  lines: number[];
}

/**
 * Gathers problems that say the same thing into one group listing all their lines, in order of first
 * appearance. A note pasting a thousand option lines under six letters reports a thousand repeats: the
 * panel shows six problems, each with its lines, instead of a thousand list items to draw. Linear: one map
 * lookup per problem.
 */
export function groupDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticGroup[] {
  const groups = new Map<string, DiagnosticGroup>();
  for (const diagnostic of diagnostics) {
    const key = JSON.stringify([diagnostic.severity, diagnostic.code, diagnostic.args, diagnostic.message]);
    const lines = diagnostic.lines ?? [diagnostic.line];
    const group = groups.get(key);
    if (group) group.lines.push(...lines);
    else groups.set(key, { diagnostic, lines: [...lines] });
  }
  return [...groups.values()];
}

/**
 * The same problems with those that say the same thing as one diagnostic carrying all their lines: what a note's
 * page data holds, so a note pasting a thousand option lines under six letters sends six problems, not a
 * thousand copies of the same six (144 kB of its 301 kB page data). groupDiagnostics reads both alike.
 */
export function compactDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return groupDiagnostics(diagnostics).map(({ diagnostic, lines }) => (lines.length === 1 ? diagnostic : { ...diagnostic, line: lines[0] ?? diagnostic.line, lines }));
}
