import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { reviewMessages } from '../../i18n/messages/review';
import { useLanguage, useT } from '../../i18n/use-t';
import { useProgress } from '../../store/progress';
import { formatDay } from '../../ui/charts/day-labels';
import { usePageTitle } from '../../ui/use-page-title';
import { paths } from '../paths';
import { RetryCard } from '../study/retry-card';
import { useDayClock } from './due-clock';
import { ForecastChart } from './forecast-chart';
import { reviewedToday, summarizeReview } from '../../review/review-summary';
import { useHydrated } from '../../ui/use-hydrated';

/**
 * Spaced repetition: how many questions are due today, a button to review them, and what comes next.
 * Answers to questions outside `liveIds` are left out: they can no longer be asked.
 */
export function ReviewView({ liveIds }: { liveIds: ReadonlySet<string> }) {
  const t = useT(reviewMessages);
  const language = useLanguage();
  usePageTitle(t('title'));
  const attempts = useProgress((state) => state.attempts);
  // Hydration draws the pre-rendered "nothing yet"; saved progress is drawn from the next render on. Until
  // then a reader with saved progress sees the empty card as a blank (.awaits-saved-progress, base.css).
  const read = useHydrated();
  const [range, setRange] = useState<7 | 30>(7);
  // The page can stay open past midnight: "due today" and "reviewed today" then count the new day.
  const now = useDayClock();
  const summary = useMemo(() => summarizeReview(attempts, liveIds, now), [attempts, liveIds, now]);
  const reviewed = useMemo(() => reviewedToday(attempts, now), [attempts, now]);

  if (summary.answered === 0) {
    return (
      <div className="review-page stack">
        <h1>{t('title')}</h1>
        <section className={`card stack${read ? '' : ' awaits-saved-progress'}`} aria-labelledby="review-empty">
          <h2 id="review-empty">{t('noAnswers')}</h2>
          <p>{t('noAnswersHelp')}</p>
          <Link className="btn btn-primary" to={paths.practice({ mode: 'all' })}>{t('practiceAll')}</Link>
        </section>
      </div>
    );
  }

  const count = summary.due.length;
  return (
    <div className="review-page stack">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <section className="card review-due" aria-labelledby="review-due-count">
        <h2 id="review-due-count" className="review-count">{count === 1 ? t('dueTodayOne') : t('dueToday', { count })}</h2>
        {count > 0 ? (
          <Link className="btn btn-primary" to={paths.practice({ mode: 'due' })}>{t('reviewNow')}</Link>
        ) : (
          <div>
            <p>{t('nothingDue')}</p>
            {summary.next && (
              <p>{t('nextDue', { date: formatDay(summary.next.date, language, { weekday: 'long', month: 'long', day: 'numeric' }), count: summary.next.count })}</p>
            )}
          </div>
        )}
        {reviewed > 0 && <p>{reviewed === 1 ? t('reviewedTodayOne') : t('reviewedToday', { count: reviewed })}</p>}
        <p className="muted review-how">{t('howItWorks')}</p>
      </section>
      <RetryCard live={liveIds} />
      <section className="card stack" aria-labelledby="review-forecast">
        <div className="review-forecast-head">
          <h2 id="review-forecast">{t('forecastTitle')}</h2>
          <div role="group" aria-label={t('range')} className="row">
            {([7, 30] as const).map((days) => (
              <button key={days} type="button" className="btn btn-small review-range" aria-pressed={range === days} onClick={() => setRange(days)}>
                {days === 7 ? t('next7') : t('next30')}
              </button>
            ))}
          </div>
        </div>
        <ForecastChart days={summary.forecast.slice(0, range)} />
      </section>
    </div>
  );
}
