import { buildSearchIndex } from '../search/build-index.ts';
import { parseVault } from '../content/parse-vault.ts';
import { buildHomeData, type HomeData } from '../content/home-data.ts';
import { summarizeNote, type NoteSummary } from '../content/note-summary.ts';
import { withDiagrams } from '../content/note-diagrams.ts';
import type { NoteModule } from '../content/note-module.ts';
import type { Note } from '../content/types.ts';
import { vaultQuestions, type VaultQuestion } from '../content/question-prints.ts';

/** A parsed vault, in the shapes the Vite plugin emits. */
export interface BuiltVault {
  notes: Note[];
  summaries: NoteSummary[];
  home: HomeData;
  bySlug: Map<string, NoteModule>;
  /** Every question's print, for re-attaching progress whose ids changed (loaded only when needed). */
  questions: () => VaultQuestion[];
  /** The serialised search index, built on first request. */
  searchIndex: () => string;
}

/** Options of {@link buildVault}: a build step may add diagnostics (broken links) before summaries count them. */
export interface BuildVaultOptions {
  check?: (notes: Note[]) => void;
}

/** Parses every file of a vault and prepares the modules the app loads. */
export function buildVault(files: { file: string; markdown: string }[], options: BuildVaultOptions = {}): BuiltVault {
  // Diagrams are parsed at build time so the browser never ships the ASCII parser; a flow the reader gave
  // up on becomes one of the note's diagnostics, for the terminal and the note's problem panel alike.
  const modules = parseVault(files).map((r) => withDiagrams(r.note));
  const notes: Note[] = modules.map(({ diagrams: _diagrams, ...note }) => note);
  options.check?.(notes);
  const bySlug = new Map<string, NoteModule>(notes.map((note, i) => [note.slug, { ...note, diagrams: modules[i]?.diagrams ?? [] }]));
  let search: string | null = null;
  const summaries = notes.map(summarizeNote);
  return {
    notes,
    summaries,
    home: buildHomeData(notes, summaries),
    bySlug,
    searchIndex: () => (search ??= buildSearchIndex(notes)),
    questions: () => vaultQuestions(notes),
  };
}

/** The vault's diagnostics as `file:line: severity: message` lines, or '' when there are none. */
export function formatDiagnostics(notes: Note[], dir: string): string {
  const lines = notes.flatMap((note) =>
    note.diagnostics.map((d) => `${note.file}:${d.line}: ${d.severity}: ${d.message}`),
  );
  return lines.length ? `examflow: ${lines.length} content diagnostics in ${dir}\n${lines.join('\n')}` : '';
}
