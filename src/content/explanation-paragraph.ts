import type { Paragraph } from 'mdast';
import { resolveBulletLabel } from './explanation-label.ts';
import { recordExplanation, type ExplanationsRead } from './explanations.ts';
import { isExplanationLabelLine } from './labels.ts';
import { sourceOf, startLine } from './markdown-tree.ts';
import type { LabelledText } from './text-match.ts';

// A line opening with a bold label, after at most a short marker ("❌ "): "**B**: ...", "❌ **Option C** - ...".
const BOLD_LEAD = /^[^\p{L}\p{N}*_`]{0,4}(\*\*|__)([^*_\n]{1,200})\1/u;

/**
 * Maps explanations written without bullets, one per line or paragraph, each opening with a bold label that
 * names options by letter ("**B**: ...", "**Option C** - ..."). Lines before the first label stay notes.
 * Says false, mapping nothing, when no line opens with such a label.
 */
export function mapExplanationParagraph(paragraph: Paragraph, markdown: string, options: LabelledText[], into: ExplanationsRead): boolean {
  const first = startLine(paragraph);
  const entries: { labels: string[]; pure: boolean; lines: string[]; content: string; line: number }[] = [];
  const before: string[] = [];
  sourceOf(markdown, paragraph).split('\n').forEach((line, index) => {
    const match = line.match(BOLD_LEAD);
    const label = match?.[2] === undefined ? null : resolveBulletLabel(match[2], options);
    // Without a bullet, only a label that names letters counts; bold prose that merely mentions an option does not.
    if (match !== null && label !== null && label.labels.length > 0 && (label.pure || label.explicit)) {
      entries.push({ labels: label.labels, pure: label.pure, lines: [line.trim()], content: line.slice(match[0].length), line: first + index });
      return;
    }
    const last = entries[entries.length - 1];
    if (last !== undefined) {
      last.lines.push(line.trim());
      last.content += `\n${line.trim()}`;
    } else if (!isExplanationLabelLine(line)) before.push(line.trim());
  });
  if (entries.length === 0) return false;
  if (before.length > 0) into.notes.push(before.join('\n'));
  for (const entry of entries) {
    const verbatim = entry.lines.join('\n');
    recordExplanation(into, options, { labels: entry.labels, verbatim, content: entry.pure ? entry.content : null, line: entry.line });
  }
  return true;
}
