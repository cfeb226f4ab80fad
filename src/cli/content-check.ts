import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseVault } from '../content/parse-vault';
import { buildReport } from './report';
import { formatSummary } from './report-summary';

/** Every `*.md` file below a folder, recursively, as paths relative to it with forward slashes, sorted. */
export function listMarkdown(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Runs the check over `DIR [--json FILE]` and returns the process exit code: 1 when any note has an error. */
export function runContentCheck(args: string[]): number {
  const jsonAt = args.indexOf('--json');
  const jsonFile = jsonAt === -1 ? null : args[jsonAt + 1];
  const dir = args.find((arg, index) => !arg.startsWith('--') && (jsonAt === -1 || index !== jsonAt + 1));
  if (dir === undefined || jsonFile === undefined) {
    console.error('usage: npm run content:check -- DIR [--json FILE]');
    return 2;
  }
  const files = listMarkdown(dir).map((file) => ({ file, markdown: readFileSync(join(dir, file), 'utf8') }));
  const analyses = parseVault(files);
  const report = buildReport(analyses);
  if (jsonFile !== null) writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatSummary(report, analyses));
  return report.summary.errors > 0 ? 1 : 0;
}

process.exitCode = runContentCheck(process.argv.slice(2));
