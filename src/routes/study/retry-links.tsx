import { Link } from 'react-router';
import { studyMessages } from '../../i18n/messages/study';
import { useT } from '../../i18n/use-t';
import type { RetryCount, RetryKind } from '../../quiz/retry-counts';
import { paths } from '../paths';

/**
 * The two ways back to past mistakes, each with how many questions it opens: "practise the ones I got
 * wrong" and "practise flagged". `counts` is null while the saved progress loads (the links keep their place).
 */
export function RetryLinks({ counts }: { counts: Record<RetryKind, RetryCount> | null }) {
  const t = useT(studyMessages);
  const label = (kind: RetryKind) => {
    const count = counts?.[kind];
    const key = kind === 'wrong' ? (count?.resumes ? 'retryWrongResume' : 'retryWrong') : count?.resumes ? 'retryFlaggedResume' : 'retryFlagged';
    return t(key, { count: count ? count.count : '…' });
  };
  return (
    <>
      <Link className="btn retry-link" to={paths.practice({ mode: 'wrong' })}>{label('wrong')}</Link>
      <Link className="btn retry-link" to={paths.practice({ mode: 'flagged' })}>{label('flagged')}</Link>
    </>
  );
}
