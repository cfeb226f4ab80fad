/**
 * The work done for one note of a vault, alone: parse it, read its diagrams and take out its search
 * text. It runs in a worker thread or in process, and its result is what the parse cache keeps.
 */
import { withDiagrams } from '../content/note-diagrams.ts';
import type { NoteAnalysis } from '../content/parse-note.ts';
import { analysePlanned, type PlannedNote } from '../content/parse-vault.ts';
import type { Diagram } from '../diagram/types.ts';
import { toSearchDocument } from '../search/build-index.ts';
import type { SearchDocument } from '../search/search-options.ts';

/** One note parsed on its own: its analysis (diagram problems included), its diagrams and its search document. */
export interface ParsedNote {
  analysis: NoteAnalysis;
  diagrams: Diagram[];
  search: SearchDocument;
}

/** Parses one planned note, reads its diagrams and builds its search document from the same note. */
export function parseNoteTask(entry: PlannedNote): ParsedNote {
  const analysis = analysePlanned(entry);
  const { diagrams, ...note } = withDiagrams(analysis.note);
  return {
    analysis: { ...analysis, note, diagnostics: note.diagnostics },
    diagrams,
    search: toSearchDocument(note, analysis.text),
  };
}

/** Parses a batch of notes: the unit a worker thread receives, so messages stay few. */
export function parseNoteBatch(entries: readonly PlannedNote[]): ParsedNote[] {
  return entries.map(parseNoteTask);
}
