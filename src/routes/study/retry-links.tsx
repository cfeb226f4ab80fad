import { Link } from 'react-router';
import { studyMessages } from '../../i18n/messages/study';
import { useT } from '../../i18n/use-t';
import type { RetryCount, RetryKind } from '../../quiz/retry-counts';
import { paths } from '../paths';
import './retry-links.css';

// Stands in for the count while the label is translated, so the count can sit in a slot of its own.
const SLOT = '\u0000';

/**
 * The two ways back to past mistakes, each with how many questions it opens: "practise the ones I got
 * wrong" and "practise flagged". `counts` is null while the saved progress loads: the links keep their
 * place and the count fills a slot of fixed width, so nothing beside them moves when it arrives.
 */
export function RetryLinks({ counts }: { counts: Record<RetryKind, RetryCount> | null }) {
  const t = useT(studyMessages);
  const link = (kind: RetryKind) => {
    const count = counts?.[kind];
    const key = kind === 'wrong' ? (count?.resumes ? 'retryWrongResume' : 'retryWrong') : count?.resumes ? 'retryFlaggedResume' : 'retryFlagged';
    const shown = count ? count.count : '…';
    const [before, after] = t(key, { count: SLOT }).split(SLOT);
    // The slot is an inline block, which screen readers would set apart with spaces: the name is the plain text.
    return (
      <Link className="btn retry-link" to={paths.practice({ mode: kind })} aria-label={t(key, { count: shown })}>
        {before}<span className="retry-count">{shown}</span>{after}
      </Link>
    );
  };
  return <>{link('wrong')}{link('flagged')}</>;
}
