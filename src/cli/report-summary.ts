import type { NoteAnalysis } from '../content/parse-note';
import type { Report } from './report';

/** Formats a share as a percentage with one decimal, "n/a" when there is nothing to share. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)}%`;
}

/** The human summary `content:check` prints: counts, shares, then every problem as `file:line: severity: message`. */
export function formatSummary(report: Report, analyses: NoteAnalysis[]): string {
  const options = report.notes.flatMap((note) => note.questions.flatMap((question) => question.options));
  const explained = options.filter((option) => option.explanation !== null).length;
  const wrong = options.filter((option) => !option.correct);
  const wrongExplained = wrong.filter((option) => option.explanation !== null).length;
  const bullets = analyses.reduce((sum, analysis) => sum + analysis.bullets, 0);
  const mapped = analyses.reduce((sum, analysis) => sum + analysis.mappedBullets, 0);
  const reading = report.notes.filter((note) => note.questions.length === 0).length;
  const { summary } = report;
  const lines = [
    `notes:              ${summary.notes} (${reading} without questions)`,
    `questions:          ${summary.questions}`,
    `explained options:  ${explained}/${options.length} (${percent(explained, options.length)}); wrong options explained ${wrongExplained}/${wrong.length} (${percent(wrongExplained, wrong.length)})`,
    `mapped bullets:     ${mapped}/${bullets} (${percent(mapped, bullets)})`,
    `diagrams:           ${summary.diagrams}`,
    `errors:             ${summary.errors}`,
    `warnings:           ${summary.warnings}`,
  ];
  const problems = report.notes.flatMap((note) =>
    note.diagnostics.map((problem) => `${note.file}:${problem.line}: ${problem.severity}: ${problem.message}`),
  );
  return [...problems, ...(problems.length > 0 ? [''] : []), ...lines].join('\n');
}
