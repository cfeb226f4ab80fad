/**
 * Loads notes' quiz parts from the question packs that hold them: each pack is fetched once, however
 * many of its notes a selection asks for.
 */
import type { QuizNote } from '../content/note-module';
import type { NoteLoader } from './load-items';

/** Loads one question pack by number. */
export type PackLoader = (pack: number) => Promise<readonly QuizNote[]>;

/** A note loader over packs: `packOf[i]` is the pack of `slugs[i]`'s note (-1 when it has no questions). */
export function packNoteLoader(slugs: readonly string[], packOf: readonly number[], loadPack: PackLoader): NoteLoader {
  const packBySlug = new Map(slugs.map((slug, i) => [slug, packOf[i] ?? -1]));
  const packs = new Map<number, Promise<Map<string, QuizNote>>>();
  const open = (pack: number) => {
    let opened = packs.get(pack);
    if (!opened) {
      opened = loadPack(pack).then((notes) => new Map(notes.map((note) => [note.slug, note])));
      // A failed fetch is not remembered, so trying again (a retry button, a reload of the page) fetches again.
      opened.catch(() => packs.delete(pack));
      packs.set(pack, opened);
    }
    return opened;
  };
  return async (slug) => {
    const pack = packBySlug.get(slug) ?? -1;
    return pack < 0 ? undefined : (await open(pack)).get(slug);
  };
}
