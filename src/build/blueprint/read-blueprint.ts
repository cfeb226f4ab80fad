/**
 * Reads the vault's `examflow.yaml`, when there is one, and checks it against the vault's notes: what the
 * build serves as `virtual:examflow/blueprint` and what `content:check` and the dev server's terminal print.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { NoteSummary } from '../../content/note-summary.ts';
import type { VaultBlueprint } from '../../quiz/blueprint.ts';
import { checkBlueprintTags } from './check-blueprint.ts';
import { BLUEPRINT_FILE, parseBlueprint } from './parse-blueprint.ts';

/** The blueprint of the vault in `dir` with its problems, or null when the vault has no `examflow.yaml`. */
export async function readBlueprint(dir: string, notes: readonly Pick<NoteSummary, 'file' | 'tags' | 'questionCount'>[]): Promise<VaultBlueprint | null> {
  let source: string;
  try {
    source = await readFile(path.join(dir, BLUEPRINT_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return blueprintOfVault(source, notes);
}

/** Parses the file's text and adds the checks that need the notes (tags on no note, questions in no domain). */
export function blueprintOfVault(source: string, notes: readonly Pick<NoteSummary, 'file' | 'tags' | 'questionCount'>[]): VaultBlueprint {
  const parsed = parseBlueprint(source);
  const vault = parsed.blueprint ? checkBlueprintTags(parsed.blueprint, notes, parsed.lineOf) : [];
  const diagnostics = [...parsed.diagnostics, ...vault].sort((a, b) => a.line - b.line);
  return { file: BLUEPRINT_FILE, blueprint: parsed.blueprint, diagnostics };
}

/** The blueprint's problems as `examflow.yaml:line: severity: message` lines, or '' when there are none. */
export function formatBlueprintDiagnostics(vault: VaultBlueprint | null): string {
  if (!vault || vault.diagnostics.length === 0) return '';
  const lines = vault.diagnostics.map((d) => `${vault.file}:${d.line}: ${d.severity}: ${d.message}`);
  const ignored = vault.blueprint === null ? ` (not used: exams draw as without ${vault.file})` : '';
  return `examflow: ${lines.length} problems in ${vault.file}${ignored}\n${lines.join('\n')}`;
}
