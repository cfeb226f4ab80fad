import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { notes } from 'virtual:examflow/index';
import { buildFolderTree } from '../content/folder-tree';
import { countTags } from '../content/home-data';
import { notesMessages } from '../i18n/messages/notes';
import { useT } from '../i18n/use-t';
import { readNoteFilters, writeNoteFilters, type NoteFilters } from '../progress/note-filters';
import { ALL_NOTES_LIST } from '../store/reading-list';
import { useHydrated } from '../ui/use-hydrated';
import { usePageTitle } from '../ui/use-page-title';
import { NoteList } from './home/note-list';
import { FilterOutcome } from './notes/filter-outcome';
import { useFilteredNotes } from './notes/filtered-notes';
import { FolderView } from './notes/folder-view';
import { NotesFilters } from './notes/notes-filters';
import { RouteError } from './route-error';
import { useStatusSource } from './status/status-source';
import { compareText } from '../content/text-order';

const sorted = [...notes].sort((a, b) => compareText(a.title, b.title));
const tags = countTags(notes);
const NO_QUERY = new URLSearchParams();

/** Every note of the vault, by title or by folder, filtered by status and tag (kept in the URL query). */
export function AllNotesPage() {
  const t = useT(notesMessages);
  usePageTitle(t('allNotes'));
  const [query, setQuery] = useSearchParams();
  // The pre-render never saw the query: it draws the plain list, and the filters apply once hydrated.
  const filters = readNoteFilters(useHydrated() ? query : NO_QUERY);
  const shown = useFilteredNotes(sorted, filters, useStatusSource());
  const tree = useMemo(() => (filters.view === 'folders' && shown ? buildFolderTree(shown) : null), [filters.view, shown]);
  const change = (next: NoteFilters) => setQuery(writeNoteFilters(next));
  const filtered = filters.status !== null || filters.tag !== null;
  return (
    <section className="all-notes">
      <h1>{t('allNotes')}</h1>
      <NotesFilters filters={filters} tags={tags} onChange={change} />
      <FilterOutcome
        filtered={filtered}
        shown={shown?.length ?? null}
        total={notes.length}
        plain={notes.length === 1 ? t('noteCountOne') : t('noteCount', { count: notes.length })}
        onClear={() => change({ ...filters, status: null, tag: null })}
      />
      {shown && (tree ? <FolderView root={tree} /> : <NoteList notes={shown} list={ALL_NOTES_LIST} />)}
    </section>
  );
}

export { AllNotesPage as Component, RouteError as ErrorBoundary };
