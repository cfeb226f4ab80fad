import { studyMessages } from '../../i18n/messages/study';
import { useT } from '../../i18n/use-t';
import type { RetryCount, RetryKind } from '../../quiz/retry-counts';
import { paths } from '../paths';
import { CountedLink } from './counted-link';

/**
 * The two ways back to past mistakes, each with how many questions it opens: "practise the ones I got
 * wrong" and "practise flagged". `counts` is null while the saved progress loads: the links keep their
 * place and the count fills a slot of fixed width, so nothing beside them moves when it arrives.
 * `assumesNothingSaved` says the counts are those of a reader with nothing saved (see CountedLink).
 */
export function RetryLinks({ counts, assumesNothingSaved }: { counts: Record<RetryKind, RetryCount> | null; assumesNothingSaved?: boolean }) {
  const t = useT(studyMessages);
  const link = (kind: RetryKind) => {
    const count = counts?.[kind];
    const key = kind === 'wrong' ? (count?.resumes ? 'retryWrongResume' : 'retryWrong') : count?.resumes ? 'retryFlaggedResume' : 'retryFlagged';
    return <CountedLink to={paths.practice({ mode: kind })} label={(shown) => t(key, { count: shown })} count={count ? count.count : null} assumesNothingSaved={assumesNothingSaved} />;
  };
  return <>{link('wrong')}{link('flagged')}</>;
}
