import { indexSearchDocuments } from '../search/build-index.ts';
import type { SearchFiles } from '../search/search-files.ts';
import type { SearchDocument } from '../search/search-options.ts';
import { buildHomeData, type HomeData } from '../content/home-data.ts';
import { summarizeNote, type NoteSummary } from '../content/note-summary.ts';
import type { NoteModule } from '../content/note-module.ts';
import { finishVault, planVault, type VaultFile } from '../content/parse-vault.ts';
import type { Note } from '../content/types.ts';
import { vaultQuestions, type VaultQuestion } from '../content/question-prints.ts';
import { parseNoteBatch, type ParsedNote } from './parse-task.ts';

/** A parsed vault, in the shapes the Vite plugin emits. */
export interface BuiltVault {
  notes: Note[];
  summaries: NoteSummary[];
  home: HomeData;
  bySlug: Map<string, NoteModule>;
  /** Every question's print, for re-attaching progress whose ids changed (loaded only when needed). */
  questions: () => VaultQuestion[];
  /** The search index cut into its files, built on first request. */
  searchIndex: () => SearchFiles;
  /**
   * Hands the search documents over to be indexed elsewhere (a worker, src/build/search-pool.ts) and lets go of
   * them: after this, searchIndex() throws unless it had built the index already.
   */
  handOverSearch: () => SearchDocument[];
}

/** Options of {@link buildVault}: a build step may add diagnostics (broken links) before summaries count them. */
export interface BuildVaultOptions {
  check?: (notes: Note[]) => void;
}

/**
 * Prepares the modules the app loads from notes parsed one by one and finished (see `parseNotes`).
 * Diagrams were read at parse time so the browser never ships the ASCII parser, and the search index
 * is built from each note's search document, taken from that same parse.
 */
export function assembleVault(parsed: readonly ParsedNote[], options: BuildVaultOptions = {}): BuiltVault {
  const notes: Note[] = parsed.map((entry) => entry.analysis.note);
  options.check?.(notes);
  const bySlug = new Map<string, NoteModule>(parsed.map((entry) => [entry.analysis.note.slug, { ...entry.analysis.note, diagrams: entry.diagrams }]));
  let search: SearchFiles | null = null;
  // Only the search documents outlive this call, and only until the index is built: the rest of each parse
  // (its plain text, its analysis) is let go now, which at thousands of notes is most of a build's heap.
  let documents: SearchDocument[] | null = parsed.map((entry) => entry.search);
  let handedOver = false;
  const summaries = notes.map(summarizeNote);
  return {
    notes,
    summaries,
    home: buildHomeData(notes, summaries),
    bySlug,
    searchIndex: () => {
      if (!search && handedOver) throw new Error('the search documents were handed over to be indexed elsewhere');
      search ??= indexSearchDocuments(documents ?? []);
      documents = null;
      return search;
    },
    handOverSearch: () => {
      const given = documents ?? [];
      documents = null;
      handedOver = true;
      return given;
    },
    questions: () => vaultQuestions(notes),
  };
}

/** Parses every file of a vault in process and prepares the modules the app loads. */
export function buildVault(files: VaultFile[], options: BuildVaultOptions = {}): BuiltVault {
  const plan = planVault(files);
  const parsed = parseNoteBatch(plan);
  finishVault(plan, parsed.map((entry) => entry.analysis));
  return assembleVault(parsed, options);
}

/** The vault's diagnostics as `file:line: severity: message` lines, or '' when there are none. */
export function formatDiagnostics(notes: Note[], dir: string): string {
  const lines = notes.flatMap((note) =>
    note.diagnostics.map((d) => `${note.file}:${d.line}: ${d.severity}: ${d.message}`),
  );
  return lines.length ? `examflow: ${lines.length} content diagnostics in ${dir}\n${lines.join('\n')}` : '';
}
