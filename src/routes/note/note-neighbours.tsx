import { Link, useSearchParams } from 'react-router';
import type { DefaultNeighbours } from '../../content/note-module';
import { readingMessages } from '../../i18n/messages/reading';
import { useT, type Translate } from '../../i18n/use-t';
import { loadReadingList, neighboursIn, readListKey, type ListNeighbours } from '../../store/reading-list';
import { useHydrated } from '../../ui/use-hydrated';
import { paths } from '../paths';

type Key = keyof (typeof readingMessages)['en'];

/**
 * The previous and next note of the list the reader came from (`?in=`, its notes in session storage), else
 * of the vault's default order. The pre-render never saw the query: it shows the default order, and the
 * list replaces it once the page has hydrated.
 */
export function NoteNeighbours({ slug, fallback }: { slug: string; fallback: DefaultNeighbours }) {
  const t = useT(readingMessages);
  const [params] = useSearchParams();
  const hydrated = useHydrated();
  const key = hydrated ? params.get('in') : null;
  const stored = key ? loadReadingList(key) : null;
  const inList = stored ? neighboursIn(stored, slug) : null;
  const shown: ListNeighbours = inList ?? fallback;
  const listKey = inList ? key : null;
  if (shown.total < 2) return null;
  return (
    <nav className="note-neighbours" aria-label={t('neighboursLabel')}>
      <p className="muted note-neighbours-place">{t('position', { n: shown.index + 1, total: shown.total, list: listName(t, listKey) })}</p>
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

function listName(t: Translate<Key>, key: string | null): string {
  const list = key ? readListKey(key) : null;
  if (!list) return t('listDefault');
  if (list.kind === 'tag') return t('listTag', { tag: list.tag });
  if (list.kind === 'search') return t('listSearch', { query: list.query });
  return t('listAll');
}
