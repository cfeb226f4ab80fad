import { diagnostic } from './diagnostic.ts';
import { emptyNote } from './empty-note.ts';
import { slugFromFile } from './slug.ts';
import type { ParseResult } from './types.ts';

/** A fence longer than any backtick run in the text, so the text can sit inside it untouched. */
export function safeFence(text: string): string {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * The result for a note the Markdown parser itself could not take (for example thousands of nested quotes
 * overflow its stack): the whole text shown as a code block, and one error saying why.
 */
export function failedParse(markdown: string, file: string, slug: string | undefined, error: unknown): ParseResult {
  const fence = safeFence(markdown);
  const reason = error instanceof Error ? error.message : String(error);
  const diagnostics = [diagnostic('error', 1, 'parse-failed', { reason })];
  const name = (file.split(/[\\/]/).pop() ?? file).replace(/\.(md|markdown)$/i, '');
  return {
    note: emptyNote(file.replace(/\\/g, '/'), slug ?? slugFromFile(file), name || file, {
      blocks: [{ kind: 'markdown', markdown: `${fence}text\n${markdown}\n${fence}` }],
      diagnostics,
    }),
    diagnostics,
  };
}
