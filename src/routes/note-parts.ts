import type { NoteModule } from '../content/note-module';
import { diagnosticsCode } from './note/lazy-diagnostics-panel';
import { flowDiagramCode } from './note/flow-view';
import { isLongNote, longNoteCode } from './note/lazy-long-note';
import { questionCode } from './note/lazy-question-preview';

/**
 * Loads the code of the parts this note shows and not every note does (questions, flow diagrams, content
 * problems, a long note's later parts), so a note page fetches only what it shows; the note's loader awaits it before the page is drawn.
 */
export async function noteParts(note: Pick<NoteModule, 'blocks' | 'diagrams' | 'diagnostics' | 'reading'>): Promise<void> {
  // A long note's later diagrams travel with their parts (their places here are empty): a flow block there counts.
  const diagrams = note.diagrams.some(Boolean) || note.blocks.some((block) => block.kind === 'flow' && block.part !== undefined);
  // A long note's later questions likewise: their blocks stay in the note, their data travels with the parts.
  const questions = note.blocks.some((block) => block.kind === 'question');
  await Promise.all([
    questions ? questionCode.load() : null,
    diagrams ? flowDiagramCode.load() : null,
    note.diagnostics.length > 0 ? diagnosticsCode.load() : null,
    isLongNote(note) ? longNoteCode.load() : null,
  ]);
}
