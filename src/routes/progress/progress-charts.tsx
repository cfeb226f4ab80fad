import { useHref, useNavigate } from 'react-router';
import { progressMessages } from '../../i18n/messages/progress';
import { useLanguage, useT } from '../../i18n/use-t';
import { BarChart } from '../../ui/charts/bar-chart';
import { formatDay, labelsColumn } from '../../ui/charts/day-labels';
import { LineChart } from '../../ui/charts/line-chart';
import { localDate } from '../../review/schedule-days';
import type { DayActivity, StatsExam, TagAccuracy } from '../../progress/stats';
import { paths } from '../paths';

/** Tags shown in the accuracy chart: the most answered ones, so the chart stays readable. */
export const TAGS_CHARTED = 15;

/** Accuracy per tag as labelled rows, most answered tags first. */
export function TagAccuracyChart({ byTag }: { byTag: readonly TagAccuracy[] }) {
  const t = useT(progressMessages);
  const shown = byTag.slice(0, TAGS_CHARTED);
  const ranked = [...shown].sort((a, b) => b.correct / b.total - a.correct / a.total);
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  const title = byTag.length > TAGS_CHARTED ? t('tagChartMost', { count: TAGS_CHARTED }) : t('tagChart');
  const summary = best && worst
    ? t('tagSummary', { count: shown.length, best: best.tag, bestPercentage: best.percentage, worst: worst.tag, worstPercentage: worst.percentage })
    : title;
  return (
    <BarChart
      layout="rows"
      max={100}
      text={{ title, summary, tableToggle: t('showTable'), headers: [t('tag'), t('accuracy'), t('answers')], headingLevel: 2 }}
      data={shown.map((tag) => ({ label: tag.tag, value: tag.percentage, display: t('ofTotal', { percentage: tag.percentage, correct: tag.correct, total: tag.total }) }))}
      extraCells={(_, i) => [String(shown[i]?.total ?? 0)]}
    />
  );
}

/** Answers per day as columns. */
export function ActivityChart({ days }: { days: readonly DayActivity[] }) {
  const t = useT(progressMessages);
  const language = useLanguage();
  const total = days.reduce((sum, day) => sum + day.total, 0);
  const correct = days.reduce((sum, day) => sum + day.correct, 0);
  const active = days.filter((day) => day.total > 0).length;
  return (
    <BarChart
      text={{
        title: t('activityChart', { days: days.length }),
        // A first day of practice is one day, not "1 days".
        summary: active === 1 ? t('activitySummaryOneDay', { total, correct, days: days.length }) : t('activitySummary', { total, correct, active, days: days.length }),
        tableToggle: t('showTable'),
        headers: [t('day'), t('answers'), t('right')],
        headingLevel: 2,
      }}
      data={days.map((day, i) => ({
        label: formatDay(day.date, language, { month: 'short', day: 'numeric' }),
        value: day.total,
        axisLabel: labelsColumn(i, days.length) ? formatDay(day.date, language, { month: 'numeric', day: 'numeric' }) : undefined,
      }))}
      extraCells={(_, i) => [String(days[i]?.correct ?? 0)]}
    />
  );
}

/** Exam scores in the order taken, against the pass line; each dot opens that exam's results. */
export function ExamChart({ exams, passMark }: { exams: readonly StatsExam[]; passMark: number }) {
  const t = useT(progressMessages);
  const language = useLanguage();
  const navigate = useNavigate();
  // The dots are SVG links: their href carries the site's base path, as a router link's would.
  const base = useHref(paths.home()).replace(/\/$/, '');
  const dayOf = (exam: StatsExam) => formatDay(localDate(Date.parse(exam.at)), language, { month: 'short', day: 'numeric' });
  const first = exams[0];
  const last = exams[exams.length - 1];
  const summary = first && last
    ? t('examSummary', { count: exams.length, first: dayOf(first), last: dayOf(last), passed: exams.filter((e) => e.scaled >= passMark).length, mark: passMark })
    : t('examChart');
  return (
    <LineChart
      text={{ title: t('examChart'), summary, tableToggle: t('showTable'), headers: [t('date'), t('score'), t('result')], headingLevel: 2 }}
      points={exams.map((exam, i) => ({
        label: `${dayOf(exam)} (${i + 1})`,
        value: exam.scaled,
        axisLabel: labelsColumn(i, exams.length) ? dayOf(exam) : undefined,
        href: `${base}${paths.examResults(exam.id)}`,
      }))}
      onFollow={(_, i) => navigate(paths.examResults(exams[i]!.id))}
      min={100}
      max={1000}
      reference={{ value: passMark, label: t('passLine', { mark: passMark }) }}
      extraCells={(point) => [point.value >= passMark ? t('passed') : t('failed')]}
    />
  );
}
