import type { OutlineHeading } from '../../content/note-module';
import { readingMessages } from '../../i18n/messages/reading';
import { useT } from '../../i18n/use-t';
import { LazyMovedOutlineList } from './lazy-long-note';

/** Where the outline sits: folded above the body on a phone, or beside the note on a wide screen. */
export type OutlinePlace = 'inline' | 'side';

/**
 * The note's headings as links to their anchors. The page draws it twice and CSS shows one: a closed
 * disclosure on narrow screens, a sticky list beside the note on wide ones (the hidden copy is out of the
 * accessibility tree, so a screen reader meets one outline). A long note's (`moved`: its heading count) comes
 * as HTML beside its parts (MovedOutlineList, code of the long note's own).
 */
export function NoteOutline({ outline, place, slug, moved }: { outline: readonly OutlineHeading[]; place: OutlinePlace; slug: string; moved?: number }) {
  const t = useT(readingMessages);
  // One heading is no outline: there is nothing to jump between.
  if ((moved ?? outline.length) < 2) return null;
  const list = moved !== undefined ? <LazyMovedOutlineList key={slug} slug={slug} folded={place === 'inline'} /> : (
    <ol className="note-outline-list">
      {outline.map((heading) => (
        <li key={heading.id} className={heading.depth > 2 ? 'note-outline-sub' : undefined}>
          <a href={`#${encodeURIComponent(heading.id)}`}>{heading.text}</a>
        </li>
      ))}
    </ol>
  );
  // A long note's outline is in the page's HTML once, in the side copy (MovedOutlineList): note-page.css shows
  // that copy at every width to a reader without scripts.
  const movedClass = moved !== undefined ? ' note-outline-moved' : '';
  if (place === 'side') {
    return (
      <nav className={`note-outline note-outline-side${movedClass}`} aria-labelledby="note-outline-side-title">
        <h2 id="note-outline-side-title" className="note-outline-title">{t('outline')}</h2>
        {list}
      </nav>
    );
  }
  return (
    <nav className={`note-outline note-outline-inline${movedClass}`} aria-label={t('outlineLabel')}>
      <details>
        <summary>{t('outline')}</summary>
        {list}
      </details>
    </nav>
  );
}
