import { data, redirect, type LoaderFunctionArgs } from 'react-router';
import { loadNote, notes } from 'virtual:examflow/index';
import type { NoteModule } from '../content/note-module';
import { paths } from './paths';

/** Loads a note's chunk by slug; an alias redirects to its note; anything else is a 404. */
export async function noteLoader({ params }: LoaderFunctionArgs): Promise<NoteModule> {
  const wanted = params.slug ?? '';
  const note = await loadNote(wanted);
  if (note) return note;
  const lower = wanted.toLowerCase();
  const byAlias = notes.find(
    (n) => n.slug.toLowerCase() === lower || n.aliases.some((a) => a.toLowerCase() === lower),
  );
  if (byAlias) throw redirect(paths.note(byAlias.slug));
  throw data(null, { status: 404 });
}
