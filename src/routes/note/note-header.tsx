import { Link } from 'react-router';
import type { Note } from '../../content/types';
import { displayTitle } from '../../content/types';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';
import { paths } from '../paths';
import { TagText } from '../../ui/tag-text';

/** A note's title, tags (linking to their tag pages), aliases and its "Quiz me" button. */
export function NoteHeader({ note }: { note: Note }) {
  const t = useT(notesMessages);
  return (
    <header className="note-header">
      <h1>{displayTitle(note)}</h1>
      <dl className="note-meta">
        {note.tags.length > 0 && (
          <div>
            <dt>{t('tags')}</dt>
            <dd>
              <ul className="chip-list">
                {note.tags.map((tag) => (
                  <li key={tag}><Link className="chip" to={paths.tag(tag)}><TagText tag={tag} /></Link></li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {note.aliases.length > 0 && (
          <div>
            <dt>{t('aliases')}</dt>
            <dd>{note.aliases.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('file')}</dt>
          <dd><code>{note.file}</code></dd>
        </div>
      </dl>
      {note.questions.length > 0 ? (
        <Link className="btn btn-primary" to={paths.practice({ note: note.slug })}>{t('quizMe')}</Link>
      ) : (
        <p className="muted">{t('readingNote')}</p>
      )}
    </header>
  );
}
