import { studyMessages } from '../../i18n/messages/study';
import { useT } from '../../i18n/use-t';
import { paths } from '../paths';
import { CountedLink } from './counted-link';

/** "Due for review today (n)", opening the questions Review offers today; `count` is null while it loads. */
export function DueLink({ count }: { count: number | null }) {
  const t = useT(studyMessages);
  return <CountedLink to={paths.practice({ mode: 'due' })} label={(shown) => t('dueLink', { count: shown })} count={count} />;
}
