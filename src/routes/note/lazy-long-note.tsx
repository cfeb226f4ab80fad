import { Suspense } from 'react';
import type { NoteModule } from '../../content/note-module';
import { loadOnce } from '../../ui/load-once';

/**
 * A long note's code (its later parts fetched and drawn a part at a time, their widgets, its moved outline):
 * the note's loader awaits it before a long note is pre-rendered or drawn after a navigation; a pre-rendered
 * long note being hydrated fetches it then, and a page of a note that is not long never does.
 */
export const longNoteCode = loadOnce(() => import('./long-note-body'));

/** Whether a note is split into later parts, or has its outline moved beside them: what needs {@link longNoteCode}. */
export function isLongNote(note: Pick<NoteModule, 'blocks' | 'reading'>): boolean {
  return note.reading?.movedOutline !== undefined || note.blocks.some((block) => block.kind === 'part');
}

function Body({ note }: { note: NoteModule }) {
  const { LongNoteBody } = longNoteCode.read();
  return <LongNoteBody note={note} />;
}

function Outline({ slug, folded }: { slug: string; folded: boolean }) {
  const { MovedOutlineList } = longNoteCode.read();
  return <MovedOutlineList slug={slug} folded={folded} />;
}

// React keeps a boundary's pre-rendered HTML while its code is on the way, so hydrating never blanks it.

/** A long note's body, its code fetched only for a long note. */
export function LazyLongNoteBody({ note }: { note: NoteModule }) {
  return <Suspense fallback={null}><Body note={note} /></Suspense>;
}

/** A long note's outline list (its items travel beside its parts), its code fetched only for a long note. */
export function LazyMovedOutlineList({ slug, folded }: { slug: string; folded: boolean }) {
  return <Suspense fallback={null}><Outline slug={slug} folded={folded} /></Suspense>;
}
