import type { ForecastDay } from '../../review/schedule';
import { reviewMessages } from '../../i18n/messages/review';
import { useLanguage, useT } from '../../i18n/use-t';
import { BarChart } from '../../ui/charts/bar-chart';
import { formatDay, labelsColumn } from '../../ui/charts/day-labels';

/** The questions falling due on each of the coming days, as columns with the numbers behind them. */
export function ForecastChart({ days }: { days: readonly ForecastDay[] }) {
  const t = useT(reviewMessages);
  const language = useLanguage();
  const short = days.length <= 8 ? { weekday: 'short' } as const : { month: 'numeric', day: 'numeric' } as const;
  const data = days.map((day, i) => ({
    label: `${formatDay(day.date, language, { weekday: 'short', month: 'short', day: 'numeric' })}${i === 0 ? ` (${t('today')})` : ''}`,
    value: day.count,
    axisLabel: labelsColumn(i, days.length) ? formatDay(day.date, language, short) : undefined,
  }));
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const busiest = data.reduce((best, datum) => (datum.value > best.value ? datum : best), data[0] ?? { label: '', value: 0 });
  const summary = total === 0
    ? t('forecastSummaryNone', { days: days.length })
    : t('forecastSummary', { total, days: days.length, busiest: busiest.label, count: busiest.value });
  return (
    <BarChart
      text={{ title: t('forecastChart', { days: days.length }), summary, tableToggle: t('showTable'), headers: [t('day'), t('questions')] }}
      data={data}
    />
  );
}
