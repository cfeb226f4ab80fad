import { Suspense } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { DefaultNeighbours } from '../../content/note-module';
import { readingMessages } from '../../i18n/messages/reading';
import { useT, type Translate } from '../../i18n/use-t';
import type { ListKind, ListNeighbours } from '../../store/reading-list';
import { loadOnce } from '../../ui/load-once';
import { useHydrated } from '../../ui/use-hydrated';
import { paths } from '../paths';

type Key = keyof (typeof readingMessages)['en'];

/**
 * The reading list's code (session storage and its checks), loaded only for a note opened from a list: a first
 * visit, which comes from no list, fetches none of it.
 */
export const readingListCode = loadOnce(() => import('../../store/reading-list'));

/**
 * The previous and next note of the list the reader came from (`?in=`, its notes in session storage), else
 * of the vault's default order. The pre-render never saw the query: it shows the default order, and the
 * list replaces it once the page has hydrated and the list's code has come (the default order stays until then).
 */
export function NoteNeighbours({ slug, fallback }: { slug: string; fallback: DefaultNeighbours }) {
  const [params] = useSearchParams();
  const hydrated = useHydrated();
  const key = hydrated ? params.get('in') : null;
  const byDefault = <Neighbours shown={fallback} listKey={null} list={null} />;
  if (!key) return byDefault;
  return (
    <Suspense fallback={byDefault}>
      <ListNeighbours slug={slug} listKey={key} fallback={fallback} />
    </Suspense>
  );
}

/** The neighbours in the list named `listKey`, where the tab remembers it; the default order's elsewhere. */
function ListNeighbours({ slug, listKey, fallback }: { slug: string; listKey: string; fallback: DefaultNeighbours }) {
  const { loadReadingList, neighboursIn, readListKey } = readingListCode.read();
  const stored = loadReadingList(listKey);
  const inList = stored ? neighboursIn(stored, slug) : null;
  return inList ? <Neighbours shown={inList} listKey={listKey} list={readListKey(listKey)} /> : <Neighbours shown={fallback} listKey={null} list={null} />;
}

/** Draws the previous and next note and the note's place in their list (`list`, null for the default order). */
function Neighbours({ shown, listKey, list }: { shown: ListNeighbours; listKey: string | null; list: ListKind | null }) {
  const t = useT(readingMessages);
  if (shown.total < 2) return null;
  return (
    <nav className="note-neighbours" aria-label={t('neighboursLabel')}>
      <p className="muted note-neighbours-place">{t('position', { n: shown.index + 1, total: shown.total, list: listName(t, list) })}</p>
      <ul>
        <li>
          {shown.previous && (
            <Link rel="prev" to={paths.note(shown.previous.slug, listKey)}>
              <span className="note-neighbours-dir"><span aria-hidden="true">← </span>{t('previous')}</span>
              <span className="note-neighbours-title">{shown.previous.title}</span>
            </Link>
          )}
        </li>
        <li>
          {shown.next && (
            <Link rel="next" to={paths.note(shown.next.slug, listKey)}>
              <span className="note-neighbours-dir">{t('next')}<span aria-hidden="true"> →</span></span>
              <span className="note-neighbours-title">{shown.next.title}</span>
            </Link>
          )}
        </li>
      </ul>
    </nav>
  );
}

function listName(t: Translate<Key>, list: ListKind | null): string {
  if (!list) return t('listDefault');
  if (list.kind === 'tag') return t('listTag', { tag: list.tag });
  if (list.kind === 'search') return t('listSearch', { query: list.query });
  return t('listAll');
}
