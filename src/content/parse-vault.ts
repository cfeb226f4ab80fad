import { diagnostic } from './diagnostic.ts';
import { analyseNote, type NoteAnalysis } from './parse-note.ts';
import { assignUniqueSlugs } from './slug.ts';
import { disambiguatedId } from './question-id.ts';

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
  const analyses = sorted.map((entry, index) => {
    const assigned = slugs[index];
    const analysis = analyseNote(entry.markdown, entry.file, { slug: assigned?.slug });
    if (assigned?.clashesWith != null) {
      const problem = diagnostic('error', 1, 'slug-duplicate', { file: entry.file, other: assigned.clashesWith, slug: assigned.slug });
      analysis.diagnostics.unshift(problem);
      analysis.note.diagnostics = analysis.diagnostics;
    }
    return analysis;
  });
  return withVaultUniqueIds(analyses);
}

/**
 * Question ids name a question by its stem, so two notes asking the very same question would share one; the
 * first (in path order) keeps it and the others take one made with their slug.
 */
function withVaultUniqueIds(analyses: NoteAnalysis[]): NoteAnalysis[] {
  const owner = new Map<string, string>();
  for (const { note } of analyses) {
    const mine = new Set<string>();
    note.questions = note.questions.map((question) => {
      const first = owner.get(question.id);
      if (first !== undefined && first !== note.slug) return { ...question, id: disambiguatedId(note.slug, question.id) };
      mine.add(question.id);
      return question;
    });
    for (const id of mine) owner.set(id, note.slug);
  }
  return analyses;
}
