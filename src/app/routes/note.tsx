import { data, redirect, type ClientLoaderFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { packNote, unpackNote, type PackedNote } from '../../content/note-data';
import type { NoteModule } from '../../content/note-module';
import { displayTitle } from '../../content/types';
import { NotePage } from '../../routes/note-page';
import { noteParts } from '../../routes/note-parts';
import { noteLoader } from '../../routes/note-loader';
import { paths } from '../../routes/paths';
import { noteDescription } from '../note-description';
import { pageMeta } from '../page-meta';

/**
 * A note as its page receives it: the note plus the description its <meta> carries, packed (note-data.ts) so
 * that a long note's data holds its first part and no object per later block; the page unpacks it.
 */
type NoteData = PackedNote<NoteModule & { description: string }>;

/** `/notes/:slug`: one note, read at build time so its page is complete HTML. */
export default NotePage;

/** Runs when the page is pre-rendered; later visits in the browser fetch its result as `<path>.data`. */
export async function loader(args: LoaderFunctionArgs): Promise<NoteData> {
  const note = await noteLoader(args);
  // The pre-render draws diagrams and problems in full, never a placeholder: a reader without scripts sees them.
  await noteParts(note);
  return packNote({ ...note, description: noteDescription(note) });
}

/** A page drawn in the browser after a navigation shows its diagrams and problems with the note, not a moment later. */
async function withPartsCode(note: NoteData): Promise<NoteData> {
  await noteParts(unpackNote(note));
  return note;
}

/**
 * In the browser: the pre-rendered data when the slug has a page, else the note index (loaded only now)
 * tells an alias, which redirects to its note, from an unknown slug, which is a 404.
 */
export async function clientLoader({ params, serverLoader }: ClientLoaderFunctionArgs): Promise<NoteData> {
  try {
    return await withPartsCode(await serverLoader<NoteData>());
  } catch (error) {
    const [{ loadNoteIndex }, { resolveSlug }] = await Promise.all([
      import('../../routes/home/use-note-index'),
      import('../../search/resolve-slug'),
    ]);
    const notes = await loadNoteIndex();
    const wanted = params.slug ?? '';
    if (notes.some((note) => note.slug === wanted)) throw error;
    const resolved = resolveSlug(notes, wanted);
    if (resolved) throw redirect(paths.note(resolved));
    throw data(null, { status: 404 });
  }
}

/** The page's <meta>, from the note its data carries (unpacked once: the page draws the same note). */
export function meta({ data }: { data?: NoteData }) {
  if (!data) return pageMeta({ path: '/notes' });
  const note = unpackNote(data);
  return pageMeta({ title: displayTitle(note), description: note.description, path: paths.note(note.slug) });
}
