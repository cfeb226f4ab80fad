/** The question packs of a built vault: which notes each pack holds, planned from their quiz parts' size. */
import { toQuizNote, type NoteModule } from '../content/note-module.ts';
import { planPacks } from './question-packs.ts';

/** The packs of a vault: the pack of each note in index order, and the slugs each pack holds. */
export interface VaultPacks {
  packOf: number[];
  count: number;
  members: string[][];
}

/** Plans the packs of `notes`, given in the order of the index the app loads. */
export function packVault(notes: readonly NoteModule[]): VaultPacks {
  const plan = planPacks(notes.map((note) => ({
    slug: note.slug,
    tags: note.tags,
    questionCount: note.questions.length,
    // The parsed note's size stands in for the rendered one: HTML grows every note by about the same factor.
    bytes: note.questions.length === 0 ? 0 : JSON.stringify(toQuizNote(note)).length,
  })));
  const members = Array.from({ length: plan.count }, (): string[] => []);
  notes.forEach((note, i) => {
    const pack = plan.packOf[i] ?? -1;
    if (pack >= 0) members[pack]?.push(note.slug);
  });
  return { ...plan, members };
}
