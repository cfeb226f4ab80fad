import { Link } from 'react-router';
import type { NoteLink } from '../../content/note-module';
import { readingMessages } from '../../i18n/messages/reading';
import { useT } from '../../i18n/use-t';
import { paths } from '../paths';

/** The notes whose `[[wiki links]]` lead here, worked out at build time; nothing when none do. */
export function NoteBacklinks({ backlinks }: { backlinks: readonly NoteLink[] }) {
  const t = useT(readingMessages);
  if (backlinks.length === 0) return null;
  return (
    <section className="note-backlinks card" aria-labelledby="note-backlinks-title">
      <h2 id="note-backlinks-title">{t('backlinks')}</h2>
      <p className="muted">{backlinks.length === 1 ? t('backlinksCountOne') : t('backlinksCount', { count: backlinks.length })}</p>
      <ul>
        {backlinks.map((link) => (
          <li key={link.slug}><Link to={paths.note(link.slug)}>{link.title}</Link></li>
        ))}
      </ul>
    </section>
  );
}
