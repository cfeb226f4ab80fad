import { useLoaderData } from 'react-router';
import type { NoteModule } from '../content/note-module';
import { displayTitle } from '../content/types';
import { usePageTitle } from '../ui/use-page-title';
import { DiagnosticsPanel } from './note/diagnostics-panel';
import { NoteBody } from './note/note-body';
import { NoteHeader } from './note/note-header';
import './note/note-page.css';

/** A note: its header, problems if any, then its body with questions and flow diagrams in place. */
export function NotePage() {
  const note = useLoaderData() as NoteModule;
  usePageTitle(displayTitle(note));
  return (
    <article className="note-page">
      <NoteHeader note={note} />
      <DiagnosticsPanel file={note.file} diagnostics={note.diagnostics} />
      <NoteBody note={note} />
    </article>
  );
}
