import { studyMessages } from '../../i18n/messages/study';
import { useT } from '../../i18n/use-t';
import { paths } from '../paths';
import { CountedLink } from './counted-link';

/**
 * "Due for review today (n)", opening the questions Review offers today; `count` is null while it loads, and
 * `assumesNothingSaved` says it is the count of a reader with nothing saved (see CountedLink).
 */
export function DueLink({ count, assumesNothingSaved }: { count: number | null; assumesNothingSaved?: boolean }) {
  const t = useT(studyMessages);
  return <CountedLink to={paths.practice({ mode: 'due' })} label={(shown) => t('dueLink', { count: shown })} count={count} assumesNothingSaved={assumesNothingSaved} />;
}
