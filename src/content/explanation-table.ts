import type { Table, TableCell } from 'mdast';
import { resolveBulletLabel } from './explanation-label.ts';
import { recordExplanation, type ExplanationsRead } from './explanations.ts';
import { plainText, sourceOf, startLine } from './markdown-tree.ts';
import type { LabelledText } from './text-match.ts';

/**
 * Maps an explanation table whose rows open with a cell naming options by letter ("| B | 블록 스토리지 |",
 * "| 옵션 C | ... |"): each row explains the option(s) its first cell names, in the words of its other cells.
 * Says false, mapping nothing, when no row opens with such a cell (a comparison table stays as written).
 */
export function mapExplanationTable(table: Table, markdown: string, options: LabelledText[], into: ExplanationsRead): boolean {
  const rows = table.children.slice(1).map((row) => {
    const [head, ...rest] = row.children;
    const label = head === undefined ? null : resolveBulletLabel(plainText(head).trim(), options);
    const named = label !== null && label.labels.length > 0 && (label.pure || label.explicit);
    return { row, label: named ? label : null, rest };
  });
  if (!rows.some((entry) => entry.label !== null)) return false;
  for (const { row, label, rest } of rows) {
    const content = rest.map((cell) => cellSource(markdown, cell)).filter((text) => text !== '').join(' — ');
    recordExplanation(into, options, {
      labels: label?.labels ?? [],
      verbatim: sourceOf(markdown, row).trim(),
      content: label?.pure === true ? content : null,
      line: startLine(row),
    });
  }
  return true;
}

// A cell's source position takes in the pipes around it.
function cellSource(markdown: string, cell: TableCell): string {
  const text = sourceOf(markdown, cell).trim();
  const start = text.startsWith('|') ? 1 : 0;
  const end = text.endsWith('|') && !text.endsWith('\\|') ? text.length - 1 : text.length;
  return text.slice(start, Math.max(start, end)).trim();
}
