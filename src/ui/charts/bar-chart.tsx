import { ChartFrame, type ChartRow, type ChartText } from './chart-frame';

/** One bar: its label, its value and, optionally, how to write the value and a short axis label. */
export interface BarDatum {
  label: string;
  value: number;
  /** The value as text (e.g. "67% (2 of 3)"); the number itself when missing. */
  display?: string;
  /** Written under a column; columns without one stay unlabelled so a long axis does not crowd. */
  axisLabel?: string;
}

interface BarChartProps {
  text: ChartText;
  data: readonly BarDatum[];
  /** The value a full bar stands for; the largest value when missing. */
  max?: number;
  /** `columns` for time series, `rows` for long category names such as tags. */
  layout?: 'columns' | 'rows';
  /** Extra table columns per datum, after the label and the value. */
  extraCells?: (datum: BarDatum, index: number) => readonly string[];
}

const ROW_HEIGHT = 40;
const COLUMN_PLOT = 150;
const AXIS = 22;
const VALUE_ROOM = 18;

/**
 * A bar chart drawn in plain SVG with percentage widths, so it fills any width without scaling its
 * text: rows of labelled horizontal bars, or columns over an axis.
 */
export function BarChart({ text, data, max, layout = 'columns', extraCells }: BarChartProps) {
  const top = (max ?? Math.max(0, ...data.map((datum) => datum.value))) || 1;
  const share = (value: number) => Math.max(0, Math.min(1, value / top));
  const rows: ChartRow[] = data.map((datum, i) => [datum.label, datum.display ?? String(datum.value), ...(extraCells?.(datum, i) ?? [])]);

  if (layout === 'rows') {
    return (
      <ChartFrame text={text} rows={rows} height={Math.max(1, data.length) * ROW_HEIGHT}>
        {data.map((datum, i) => {
          const y = i * ROW_HEIGHT;
          return (
            <g key={`${datum.label}-${i}`}>
              <text x="0" y={y + 14} className="chart-label">{datum.label}</text>
              <text x="100%" y={y + 14} textAnchor="end" className="chart-value">{datum.display ?? datum.value}</text>
              <rect x="0" y={y + 20} width="100%" height="12" rx="3" className="chart-track" />
              <rect x="0" y={y + 20} width={`${share(datum.value) * 100}%`} height="12" rx="3" className="chart-bar" />
            </g>
          );
        })}
      </ChartFrame>
    );
  }

  const slot = 100 / Math.max(1, data.length);
  const showValues = data.length <= 10;
  return (
    <ChartFrame text={text} rows={rows} height={VALUE_ROOM + COLUMN_PLOT + AXIS}>
      <line x1="0" x2="100%" y1={VALUE_ROOM + COLUMN_PLOT} y2={VALUE_ROOM + COLUMN_PLOT} className="chart-axis" />
      {data.map((datum, i) => {
        const barHeight = share(datum.value) * COLUMN_PLOT;
        const centre = `${(i + 0.5) * slot}%`;
        const barTop = VALUE_ROOM + COLUMN_PLOT - barHeight;
        return (
          <g key={`${datum.label}-${i}`}>
            <rect x={`${(i + 0.15) * slot}%`} y={barTop} width={`${slot * 0.7}%`} height={barHeight} rx="2" className="chart-bar" />
            {showValues && datum.value > 0 && (
              <text x={centre} y={barTop - 4} textAnchor="middle" className="chart-value">{datum.value}</text>
            )}
            {datum.axisLabel && (
              // Centred under its own bar, the first and last included: a label that hugs the edge names the wrong bar.
              <text x={centre} y={VALUE_ROOM + COLUMN_PLOT + 16} textAnchor="middle" className="chart-label">{datum.axisLabel}</text>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
