import type { NoteModule } from '../content/note-module';
import { diagnosticsCode } from './note/lazy-diagnostics-panel';
import { flowDiagramCode } from './note/flow-view';

/**
 * Loads the code of the parts this note shows and most notes do not (flow diagrams, content problems), so a
 * note page fetches only what it shows; the note's loader awaits it before the page is drawn.
 */
export async function noteParts(note: Pick<NoteModule, 'diagrams' | 'diagnostics'>): Promise<void> {
  await Promise.all([
    note.diagrams.some(Boolean) ? flowDiagramCode.load() : null,
    note.diagnostics.length > 0 ? diagnosticsCode.load() : null,
  ]);
}
