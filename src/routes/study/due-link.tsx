import { Link } from 'react-router';
import { studyMessages } from '../../i18n/messages/study';
import { useT } from '../../i18n/use-t';
import { paths } from '../paths';
import './retry-links.css';

// Stands in for the count while the label is translated, so the count can sit in a slot of its own.
const SLOT = '\u0000';

/**
 * "Due for review today (n)", opening the questions Review offers today. `count` is null while the saved
 * progress loads: the link keeps its place and the count fills a slot of fixed width, like the retry links.
 */
export function DueLink({ count }: { count: number | null }) {
  const t = useT(studyMessages);
  const shown = count ?? '…';
  const [before, after] = t('dueLink', { count: SLOT }).split(SLOT);
  return (
    <Link className="btn retry-link" to={paths.practice({ mode: 'due' })} aria-label={t('dueLink', { count: shown })}>
      {before}<span className="retry-count">{shown}</span>{after}
    </Link>
  );
}
