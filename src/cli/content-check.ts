import { writeFileSync } from 'node:fs';
import { addRenderDiagnostics } from '../build/obsidian/vault-links.ts';
import { listAttachments, loadVaultSettings } from '../build/obsidian/vault-settings.ts';
import { parseVault } from '../content/parse-vault.ts';
import { formatSkippedLinks, scanVault } from '../build/read-vault.ts';
import { formatBlueprintDiagnostics, readBlueprint } from '../build/blueprint/read-blueprint.ts';
import { summarizeNote } from '../content/note-summary.ts';
import { readArgs } from './report-args.ts';
import { buildReport } from './report.ts';
import { formatSummary } from './report-summary.ts';

/** Parses the whole vault (the same files the app reads), prints the summary, writes the JSON report if asked. */
export async function runContentCheck(args: string[]): Promise<number> {
  const parsed = readArgs(args);
  if (parsed === null) {
    console.error('usage: npm run content:check -- DIR [--json FILE]');
    return 2;
  }
  const vault = await scanVault(parsed.dir);
  const analyses = parseVault(vault.files);
  // The same broken-link and undrawn-diagram warnings the build logs and the note page lists.
  const sources = new Map(vault.files.map((entry) => [entry.file, entry.markdown]));
  const [settings, attachments] = await Promise.all([loadVaultSettings(parsed.dir), listAttachments(parsed.dir)]);
  addRenderDiagnostics(analyses.map((analysis) => analysis.note), sources, attachments, settings);
  const report = buildReport(analyses);
  if (parsed.json !== null) writeFileSync(parsed.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatSummary(report, analyses));
  // Templates are left out the way Obsidian leaves them out of search; say which, so none is lost silently.
  for (const { file, reason } of vault.skipped) console.log(`skipped (template, ${reason}): ${file}`);
  const links = formatSkippedLinks(vault.skippedLinks);
  if (links) console.log(links);
  // The exam blueprint is not a note, so its problems are printed apart from the report's notes.
  const blueprint = await readBlueprint(parsed.dir, analyses.map((analysis) => summarizeNote(analysis.note)));
  const problems = formatBlueprintDiagnostics(blueprint);
  if (problems) console.log(problems);
  const blueprintErrors = blueprint?.diagnostics.some((d) => d.severity === 'error') ?? false;
  return report.summary.errors > 0 || blueprintErrors ? 1 : 0;
}

process.exitCode = await runContentCheck(process.argv.slice(2));
