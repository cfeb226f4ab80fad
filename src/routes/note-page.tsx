import { useLoaderData } from 'react-router';
import { unpackNote, type PackedNote } from '../content/note-data';
import { displayTitle } from '../content/types';
import { usePageTitle } from '../ui/use-page-title';
import { LazyDiagnosticsPanel } from './note/lazy-diagnostics-panel';
import { NoteBacklinks } from './note/note-backlinks';
import { NoteBody } from './note/note-body';
import { NoteHeader } from './note/note-header';
import { NoteNeighbours } from './note/note-neighbours';
import { NoteOutline } from './note/note-outline';
import { pageNoteBody, withShownHtml } from './note/shown-html';

/**
 * A note: its header, problems if any, then its body with questions and flow diagrams in place, and the
 * reading aids: its outline (beside it on wide screens), the notes linking here, the previous and next note.
 */
export function NotePage() {
  // The note's route packs its data (src/app/routes/note.tsx); the same data always gives the same note. A
  // pre-rendered page's own data leaves out the body's HTML, which the page being hydrated holds (shown-html.ts).
  const note = withShownHtml(unpackNote(useLoaderData() as PackedNote), pageNoteBody);
  usePageTitle(displayTitle(note));
  const outline = note.reading?.outline ?? [];
  const moved = note.reading?.movedOutline;
  return (
    <div className="note-layout">
      <article className="note-page">
        <NoteHeader note={note} />
        <NoteOutline outline={outline} place="inline" slug={note.slug} moved={moved} />
        <LazyDiagnosticsPanel file={note.file} diagnostics={note.diagnostics} />
        {/* Keyed by note: another note's body starts drawing from its first part. */}
        <NoteBody key={note.slug} note={note} />
        <NoteBacklinks backlinks={note.reading?.backlinks ?? []} />
        {note.reading && <NoteNeighbours slug={note.slug} fallback={note.reading.neighbours} />}
      </article>
      <NoteOutline outline={outline} place="side" slug={note.slug} moved={moved} />
    </div>
  );
}
