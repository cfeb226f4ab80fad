import { useMemo } from 'react';
import { notes } from 'virtual:examflow/index';
import { notesMessages } from '../i18n/messages/notes';
import { useT } from '../i18n/use-t';
import { ALL_NOTES_LIST } from '../store/reading-list';
import { usePageTitle } from '../ui/use-page-title';
import { NoteList } from './home/note-list';
import { RouteError } from './route-error';
import './home-page.css';

/** Every note of the vault, by title, with its question count. */
export function AllNotesPage() {
  const t = useT(notesMessages);
  usePageTitle(t('allNotes'));
  const sorted = useMemo(() => [...notes].sort((a, b) => a.title.localeCompare(b.title)), []);
  return (
    <section className="all-notes">
      <h1>{t('allNotes')}</h1>
      <p className="muted">{notes.length === 1 ? t('noteCountOne') : t('noteCount', { count: notes.length })}</p>
      <NoteList notes={sorted} list={ALL_NOTES_LIST} />
    </section>
  );
}

export { AllNotesPage as Component, RouteError as ErrorBoundary };
