import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import { sessionOutcomes, sessionResults } from '../../quiz/outcomes';
import type { Session } from '../../quiz/session';
import type { QuizItem } from '../../quiz/types';
import { weakestFirst } from '../../quiz/tag-groups';
import { paths } from '../paths';
import { ByTagTable } from './by-tag-table';

/** The end of a practice session: score, results by tag, and the wrong ones to try again. */
export function PracticeSummary({ title, session, items }: { title: string; session: Session; items: QuizItem[] }) {
  const t = useT(quizMessages);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const results = sessionResults(session, items);
  const wrong = sessionOutcomes(session, items).filter((o) => !o.score.correct).map((o) => o.questionId);
  // Landing here replaces the question under focus; the summary heading takes it.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="quiz-page quiz-summary">
      <h1>{title}</h1>
      <section className="card stack" aria-labelledby="summary-title">
        <h2 id="summary-title" ref={headingRef} tabIndex={-1}>{t('summaryTitle')}</h2>
        <p className="quiz-score">{t('summaryScore', { correct: results.correct, total: results.total, percentage: results.percentage })}</p>
        {wrong.length === 0 && <p>{t('allRight')}</p>}
        <h3 id="summary-by-tag">{t('byTag')}</h3>
        <ByTagTable rows={weakestFirst(Object.entries(results.byTag))} headingId="summary-by-tag" />
        <div className="row">
          {wrong.length > 0 ? (
            <Link className="btn btn-primary" to={paths.practice({ ids: wrong, from: 'retry' })}>{t('againWrong')}</Link>
          ) : (
            <Link className="btn btn-primary" to={paths.practice({ ids: session.questionIds, from: 'retry' })}>{t('againAll')}</Link>
          )}
          <Link className="btn" to={paths.home()}>{t('backHome')}</Link>
        </div>
      </section>
    </div>
  );
}
