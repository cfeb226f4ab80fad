import { data, redirect, type LoaderFunctionArgs } from 'react-router';
import { notes } from 'virtual:examflow/index';
import { loadNote } from 'virtual:examflow/note-loaders';
import type { NoteModule } from '../content/note-module';
import { resolveSlug } from '../search/resolve-slug';
import { paths } from './paths';

/** Loads a note by slug; an alias redirects to its note; anything else is a 404. */
export async function noteLoader({ params }: LoaderFunctionArgs): Promise<NoteModule> {
  const wanted = params.slug ?? '';
  const note = await loadNote(wanted);
  if (note) return note;
  const resolved = resolveSlug(notes, wanted);
  if (resolved && resolved !== wanted) throw redirect(paths.note(resolved));
  throw data(null, { status: 404 });
}
