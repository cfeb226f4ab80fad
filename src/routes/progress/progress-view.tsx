import { useMemo } from 'react';
import { Link } from 'react-router';
import { progressMessages } from '../../i18n/messages/progress';
import { useT } from '../../i18n/use-t';
import { useProgress } from '../../store/progress';
import { useSettings } from '../../store/settings';
import { usePageTitle } from '../../ui/use-page-title';
import { paths } from '../paths';
import { ActivityChart, ExamChart, TagAccuracyChart } from './progress-charts';
import { ReadinessCard } from './readiness-card';
import { estimateReadiness } from '../../progress/readiness';
import { accuracyByTag, attemptsPerDay, examsInOrder, weakestTags } from '../../progress/stats';
import { RetryCard } from '../study/retry-card';
import { WeakTags } from './weak-tags';
import { DomainProgress } from './domain-progress';
import type { Blueprint } from '../../quiz/blueprint';
import { latestOutcomes, resultsByDomain } from '../../quiz/blueprint-results';
import { useHydrated } from '../../ui/use-hydrated';

/** What the dashboard needs to know of the vault: each note's tags, and how many questions there are. */
export interface VaultFacts {
  tagsOf: ReadonlyMap<string, readonly string[]>;
  vaultQuestions: number;
  /** The note of every question the vault asks now (absent: every answered question is taken as asked). */
  slugOf?: ReadonlyMap<string, string>;
  /** The ids of every question the vault asks now, for the counts of the retry links (absent: no links). */
  liveIds?: ReadonlySet<string>;
  /** The vault's examflow.yaml, when it has a usable one: its pass mark, and progress by domain. */
  blueprint?: Blueprint | null;
}

const ACTIVITY_DAYS = 30;

function domainLines(attempts: readonly { questionId: string; noteSlug: string; at: string; correct: boolean }[], tagsOf: VaultFacts['tagsOf'], blueprint: Blueprint) {
  const slugOfQuestion = new Map(attempts.map((attempt) => [attempt.questionId, attempt.noteSlug]));
  return resultsByDomain(latestOutcomes({ attempts }, (id) => tagsOf.get(slugOfQuestion.get(id) ?? '')), blueprint.domains);
}

/** The dashboard: readiness for exam day, weakest tags to drill, accuracy by tag, activity and exam scores. */
export function ProgressView({ tagsOf, vaultQuestions, slugOf, liveIds, blueprint = null }: VaultFacts) {
  const t = useT(progressMessages);
  usePageTitle(t('title'));
  const allAttempts = useProgress((state) => state.attempts);
  const exams = useProgress((state) => state.exams);
  // Hydration draws the pre-rendered "nothing yet"; saved progress is drawn from the next render on. Until
  // then a reader with saved progress sees the empty card as a blank (.awaits-saved-progress, base.css).
  const read = useHydrated();
  const settingsPassMark = useSettings((state) => state.passMark);
  const passMark = blueprint?.exam.passMark ?? settingsPassMark;

  const stats = useMemo(() => {
    // Answers to notes gone from the vault stay saved but say nothing about what can still be asked.
    // A question's note is where the vault has it now: a renamed note keeps its answers and tags.
    const attempts = allAttempts.flatMap((attempt) => {
      const slug = slugOf === undefined ? attempt.noteSlug : slugOf.get(attempt.questionId);
      return slug !== undefined && tagsOf.has(slug) ? [slug === attempt.noteSlug ? attempt : { ...attempt, noteSlug: slug }] : [];
    });
    const byTag = accuracyByTag(attempts, tagsOf);
    return {
      byTag,
      weak: weakestTags(byTag),
      days: attemptsPerDay(attempts, Date.now(), ACTIVITY_DAYS),
      exams: examsInOrder(exams),
      readiness: estimateReadiness(attempts, exams, vaultQuestions, passMark),
      byDomain: blueprint === null ? [] : domainLines(attempts, tagsOf, blueprint),
    };
  }, [allAttempts, exams, passMark, tagsOf, vaultQuestions, slugOf, blueprint]);

  if (allAttempts.length === 0 && exams.length === 0) {
    return (
      <div className="progress-page stack">
        <h1>{t('title')}</h1>
        <section className={`card stack${read ? '' : ' awaits-saved-progress'}`} aria-labelledby="progress-empty">
          <h2 id="progress-empty">{t('noAnswers')}</h2>
          <p>{t('noAnswersHelp')}</p>
          <div className="row">
            <Link className="btn btn-primary" to={paths.practice({ mode: 'all' })}>{t('practiceAll')}</Link>
            <Link className="btn" to={paths.exam()}>{t('takeExam')}</Link>
          </div>
        </section>
      </div>
    );
  }

  return (
    <div className="progress-page">
      <h1>{t('title')}</h1>
      <div className="progress-grid">
        {stats.readiness && <ReadinessCard readiness={stats.readiness} passMark={passMark} vaultQuestions={vaultQuestions} />}
        {stats.byDomain.length > 0 && <DomainProgress results={stats.byDomain} />}
        <WeakTags tags={stats.weak} />
        {liveIds && <RetryCard live={liveIds} />}
        {stats.byTag.length > 0 && (
          <section className="card" aria-label={t('tagChart')}>
            <TagAccuracyChart byTag={stats.byTag} />
          </section>
        )}
        <section className="card" aria-label={t('activityChart', { days: ACTIVITY_DAYS })}>
          <ActivityChart days={stats.days} />
        </section>
        <section className="card progress-wide" aria-label={t('examChart')}>
          {stats.exams.length > 0 ? (
            <div className="stack">
              <ExamChart exams={stats.exams} passMark={passMark} />
              <Link className="btn" to={paths.pastExams()}>{t('allPastExams')}</Link>
            </div>
          ) : (
            <div className="stack">
              <h2 className="progress-chart-title">{t('examChart')}</h2>
              <p className="muted">{t('examEmpty')}</p>
              <Link className="btn" to={paths.exam()}>{t('takeExam')}</Link>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
