import { memo, useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { TagPageNote } from './tag-notes';
import { tagsMessages } from '../../i18n/messages/tags';
import { useT, type Translate } from '../../i18n/use-t';
import { paths } from '../paths';
import { boundTag, normalizeTag } from '../../content/tags';
import { buildTagTree, notesWithTag, type TagNode } from '../../search/tag-tree';
import { readNoteFilters, writeNoteFilters, type NoteFilters } from '../../progress/note-filters';
import { useHydrated } from '../../ui/use-hydrated';
import { FilterOutcome } from '../notes/filter-outcome';
import { useFilteredNotes } from '../notes/filtered-notes';
import { NotesFilters } from '../notes/notes-filters';
import { NoteStatusSlot } from '../status/note-status-slot';
import { useStatusSource } from '../status/status-source';
import { TagTreeView } from './tag-tree-view';
import { usePlainLinks } from '../plain-links';
import { saveReadingList, tagListKey } from '../../store/reading-list';
import { TAG_SLOT, TagText, withTagText } from '../../ui/tag-text';

/** Props of {@link TagNotesView}: the tag as it came from the URL and every note of the vault. */
export interface TagNotesViewProps {
  tag: string;
  notes: TagPageNote[];
}

const NO_QUERY = new URLSearchParams();
const NO_NOTES: TagPageNote[] = [];

/** One tag: its path, a button to quiz its questions, its narrower tags and its notes, filtered by status (kept in the URL). */
export function TagNotesView({ tag, notes }: TagNotesViewProps) {
  const t = useT(tagsMessages);
  // A URL can name any tag; it is bounded like the tags notes carry, so the breadcrumb stays short.
  const wanted = boundTag(normalizeTag(tag)).tag;
  const tagged = useMemo(() => notesWithTag(notes, wanted), [notes, wanted]);
  const node = useMemo(() => findNode(buildTagTree(tagged), wanted), [tagged, wanted]);
  const shownTag = node?.tag ?? wanted;
  const questions = tagged.reduce((sum, n) => sum + n.questionCount, 0);
  const crumbs = breadcrumbs(shownTag);
  const [query, setQuery] = useSearchParams();
  // The tag is the page's own; the pre-render never saw the query, so the status filter applies once hydrated.
  const filters: NoteFilters = { ...readNoteFilters(useHydrated() ? query : NO_QUERY), tag: null, view: 'list' };
  const shown = useFilteredNotes(tagged, filters, useStatusSource());
  const change = (next: NoteFilters) => setQuery(writeNoteFilters({ ...next, tag: null, view: 'list' }));
  // Opening a note remembers the notes listed, so the note page offers their previous and next.
  const listKey = tagListKey(shownTag);
  const remember = useCallback(
    () => saveReadingList({ key: listKey, notes: (shown ?? tagged).map(({ slug, title }) => ({ slug, title })) }),
    [listKey, shown, tagged],
  );

  return (
    <div className="tag-page">
      <nav aria-label={t('breadcrumbLabel')} className="tag-breadcrumb">
        <ol>
          <li><Link to={paths.tags()}>{t('allTags')}</Link></li>
          {crumbs.map(({ segment, path }, i) => (
            <li key={path}>
              {i === crumbs.length - 1 ? <span aria-current="page"><TagText tag={segment} /></span> : <Link to={paths.tag(path)}><TagText tag={segment} /></Link>}
            </li>
          ))}
        </ol>
      </nav>
      <h1>{withTagText(t('tagTitle', { tag: TAG_SLOT }), shownTag)}</h1>
      {tagged.length === 0 ? (
        <p role="status">{withTagText(t('unknownTag', { tag: TAG_SLOT }), wanted || tag)}</p>
      ) : (
        <>
          <p className="muted">
            {t('tagSummary', {
              notes: tagged.length === 1 ? t('noteCountOne') : t('noteCount', { count: tagged.length }),
              questions: countText(t, questions),
            })}
          </p>
          {questions > 0 && (
            <p>
              <Link className="btn btn-primary" to={paths.practice({ tag: shownTag })}>{t('quizThisTag')}</Link>
            </p>
          )}
          {node && node.children.length > 0 && (
            <section aria-labelledby="sub-tags">
              <h2 id="sub-tags">{t('subTags')}</h2>
              <TagTreeView nodes={node.children} />
            </section>
          )}
          <section aria-labelledby="tag-notes">
            <h2 id="tag-notes">{t('notesHeading')}</h2>
            <NotesFilters filters={filters} views={false} onChange={change} />
            <FilterOutcome filtered={filters.status !== null} shown={shown?.length ?? null} total={tagged.length} onClear={() => change({ ...filters, status: null })} />
            <TagNoteRows notes={shown ?? NO_NOTES} listKey={listKey} onOpen={remember} />
          </section>
        </>
      )}
    </div>
  );
}

/**
 * The tag's notes, one row each, as plain links followed by the list's one click handler (usePlainLinks).
 * Memoized: the page draws itself again once hydrated and when the status source arrives, and a tag of
 * hundreds of notes would re-render every row in that one synchronous task.
 */
const TagNoteRows = memo(function TagNoteRows({ notes, listKey, onOpen }: { notes: TagPageNote[]; listKey: string; onOpen: () => void }) {
  const t = useT(tagsMessages);
  const links = usePlainLinks(onOpen);
  return (
    <ul className="tag-note-list" onClick={links.onClick}>
      {notes.map((note) => (
        <li key={note.slug}>
          <a href={links.href(paths.note(note.slug, listKey))}>{note.title}</a>{' '}
          <span className="muted tag-note-count">
            {note.questionCount > 0 ? countText(t, note.questionCount) : t('readingNote')}
          </span>
          <NoteStatusSlot questionIds={note.questionIds} />
        </li>
      ))}
    </ul>
  );
});

function countText(t: Translate<keyof typeof tagsMessages.en>, count: number): string {
  if (count === 0) return t('noQuestions');
  return count === 1 ? t('questionCountOne') : t('questionCount', { count });
}

/** Each level of a tag with the tag up to it: each extends the one before, so n levels cost n steps. */
function breadcrumbs(tag: string): { segment: string; path: string }[] {
  const crumbs: { segment: string; path: string }[] = [];
  for (const segment of tag.split('/')) crumbs.push({ segment, path: crumbs.length === 0 ? segment : `${crumbs.at(-1)?.path}/${segment}` });
  return crumbs;
}

function findNode(nodes: TagNode[], tag: string): TagNode | null {
  const key = tag.toLowerCase();
  for (const node of nodes) {
    const own = node.tag.toLowerCase();
    if (own === key) return node;
    if (key.startsWith(`${own}/`)) return findNode(node.children, tag);
  }
  return null;
}
