import { diagnostic } from './diagnostic.ts';
import { analyseNote, type NoteAnalysis } from './parse-note.ts';
import { assignUniqueSlugs, slugIsShortened } from './slug.ts';
import { disambiguatedId } from './question-id.ts';

/** One Markdown file of a vault: its path relative to the vault root and its text. */
export interface VaultFile {
  file: string;
  markdown: string;
}

/** A file of the vault with the slug it gets and, when that slug was taken, the file that holds it. */
export interface PlannedNote extends VaultFile {
  slug: string;
  clashesWith: string | null;
}

/**
 * Orders a vault's files by path and gives each a slug unique across it, so the same vault always gives
 * the same slugs; each note can then be parsed on its own (in any thread) before `finishVault`.
 */
export function planVault(files: readonly VaultFile[]): PlannedNote[] {
  const sorted = [...files].sort((a, b) => compare(a.file, b.file));
  const slugs = assignUniqueSlugs(sorted.map((entry) => entry.file.replace(/\\/g, '/')));
  return sorted.map((entry, index) => ({ ...entry, slug: slugs[index]?.slug ?? '', clashesWith: slugs[index]?.clashesWith ?? null }));
}

/** Parses one planned note with its vault-unique slug (the part of a vault's parse that notes do alone). */
export function analysePlanned(entry: PlannedNote): NoteAnalysis {
  return analyseNote(entry.markdown, entry.file, { slug: entry.slug });
}

/**
 * Adds what only the whole vault knows to notes parsed one by one (in `planVault` order): an error on a
 * note whose slug clashed, naming the other file, a warning on one whose file name was too long for its
 * slug, and question ids unique across the vault.
 */
export function finishVault(plan: readonly PlannedNote[], analyses: NoteAnalysis[]): NoteAnalysis[] {
  analyses.forEach((analysis, index) => {
    const entry = plan[index];
    if (entry === undefined) return;
    if (entry.clashesWith !== null) {
      analysis.diagnostics.unshift(diagnostic('error', 1, 'slug-duplicate', { file: entry.file, other: entry.clashesWith, slug: entry.slug }));
    }
    if (slugIsShortened(entry.file)) {
      const name = entry.file.split(/[\\/]/).pop() ?? entry.file;
      analysis.diagnostics.unshift(diagnostic('warning', 1, 'slug-shortened', { bytes: new TextEncoder().encode(name).length, slug: entry.slug }));
    }
    analysis.note.diagnostics = analysis.diagnostics;
  });
  return withVaultUniqueIds(analyses);
}

/**
 * Parses every note of a vault with slugs unique across it. Files are taken in path order so the same vault
 * always gives the same slugs; a note whose slug clashes gets a suffix and an error naming the other file.
 */
export function parseVault(files: VaultFile[]): NoteAnalysis[] {
  const plan = planVault(files);
  return finishVault(plan, plan.map(analysePlanned));
}

/**
 * Question ids name a question by its stem, so two notes asking the very same question would share one. Then
 * each of them names it with its note's key (frontmatter id, alias, else slug) too: no note "owns" the plain
 * id, so which path sorts first never decides, and moving a twin that has an id or alias keeps its id. Twins
 * with the same key fall back to their slugs, which are unique.
 */
function withVaultUniqueIds(analyses: NoteAnalysis[]): NoteAnalysis[] {
  const shared = idsInSeveralNotes(analyses.map(({ note }) => note.questions.map((question) => question.id)));
  if (shared.size === 0) return analyses;
  const keyed = analyses.map(({ note, noteKey }) => note.questions.map((question) => (shared.has(question.id) ? disambiguatedId(noteKey, question.id) : question.id)));
  const stillShared = idsInSeveralNotes(keyed);
  analyses.forEach(({ note, noteKey }, n) => {
    note.questions = note.questions.map((question, q) => {
      if (!shared.has(question.id)) return question;
      const id = keyed[n]![q]!;
      return { ...question, id: stillShared.has(id) ? disambiguatedId(`${noteKey}\n${note.slug}`, question.id) : id };
    });
  });
  return analyses;
}

function idsInSeveralNotes(idsByNote: string[][]): Set<string> {
  const seen = new Map<string, number>();
  const shared = new Set<string>();
  idsByNote.forEach((ids, note) => {
    for (const id of new Set(ids)) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, note);
      else if (first !== note) shared.add(id);
    }
  });
  return shared;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
