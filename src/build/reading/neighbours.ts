/** The vault's default reading order (by title, as the all-notes list shows it) and each note's place in it. */
import type { DefaultNeighbours, NoteLink } from '../../content/note-module.ts';
import { byTitle } from './backlinks.ts';

/** Each note's previous and next note in the default order, by slug. */
export function defaultNeighbours(notes: readonly NoteLink[]): Map<string, DefaultNeighbours> {
  const ordered = notes.map(({ slug, title }) => ({ slug, title })).sort(byTitle);
  return new Map(
    ordered.map((note, index) => [
      note.slug,
      { previous: ordered[index - 1] ?? null, next: ordered[index + 1] ?? null, index, total: ordered.length },
    ]),
  );
}
