import { Link } from 'react-router';
import type { NoteSummary } from '../../content/note-summary';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';
import { paths } from '../paths';
import { saveReadingList } from '../../store/reading-list';
import { NoteStatusSlot } from '../status/note-status-slot';

/**
 * A list of notes with their question counts, linking to each note. Given a `list` key, opening a note
 * remembers this list, so the note page offers its previous and next note.
 */
export function NoteList({ notes, list }: { notes: NoteSummary[]; list?: string }) {
  const t = useT(notesMessages);
  const remember = () => {
    if (list) saveReadingList({ key: list, notes: notes.map(({ slug, title }) => ({ slug, title })) });
  };
  return (
    <ul className="home-note-list">
      {notes.map((note) => (
        <li key={note.slug}>
          <Link to={paths.note(note.slug, list)} onClick={remember}>{note.title}</Link>
          <span className="muted home-note-list-meta">
            {note.questionCount > 0 ? note.questionCount === 1 ? t('questionCountOne') : t('questionCount', { count: note.questionCount }) : t('readingNote')}
            {note.errorCount > 0 && <span className="home-note-list-error"> · {t('hasErrors')}</span>}
            <NoteStatusSlot questionIds={note.questionIds} />
          </span>
        </li>
      ))}
    </ul>
  );
}
