import { diagnostic } from './diagnostic.ts';
import { analyseNote, type NoteAnalysis } from './parse-note.ts';
import { assignUniqueSlugs } from './slug.ts';

/** One Markdown file of a vault: its path relative to the vault root and its text. */
export interface VaultFile {
  file: string;
  markdown: string;
}

/**
 * Parses every note of a vault with slugs unique across it. Files are taken in path order so the same vault
 * always gives the same slugs; a note whose slug clashes gets a suffix and an error naming the other file.
 */
export function parseVault(files: VaultFile[]): NoteAnalysis[] {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const slugs = assignUniqueSlugs(sorted.map((entry) => entry.file.replace(/\\/g, '/')));
  return sorted.map((entry, index) => {
    const assigned = slugs[index];
    const analysis = analyseNote(entry.markdown, entry.file, { slug: assigned?.slug });
    if (assigned?.clashesWith != null) {
      const problem = diagnostic('error', 1, 'slug-duplicate', { file: entry.file, other: assigned.clashesWith, slug: assigned.slug });
      analysis.diagnostics.unshift(problem);
      analysis.note.diagnostics = analysis.diagnostics;
    }
    return analysis;
  });
}
