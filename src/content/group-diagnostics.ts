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
    const group = groups.get(key);
    if (group) group.lines.push(diagnostic.line);
    else groups.set(key, { diagnostic, lines: [diagnostic.line] });
  }
  return [...groups.values()];
}
