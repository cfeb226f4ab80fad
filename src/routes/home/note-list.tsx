import { Link } from 'react-router';
import type { NoteSummary } from '../../content/note-summary';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';
import { paths } from '../paths';

/** A list of notes with their question counts, linking to each note. */
export function NoteList({ notes }: { notes: NoteSummary[] }) {
  const t = useT(notesMessages);
  return (
    <ul className="note-list">
      {notes.map((note) => (
        <li key={note.slug}>
          <Link to={paths.note(note.slug)}>{note.title}</Link>
          <span className="muted note-list-meta">
            {note.questionCount > 0 ? note.questionCount === 1 ? t('questionCountOne') : t('questionCount', { count: note.questionCount }) : t('readingNote')}
            {note.errorCount > 0 && <span className="note-list-error"> · {t('hasErrors')}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
