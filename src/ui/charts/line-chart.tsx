import { ChartFrame, type ChartRow, type ChartText } from './chart-frame';

/** One point of a line: its label, value, and whether it meets the reference line (drawn filled). */
export interface LinePoint {
  label: string;
  value: number;
  display?: string;
  axisLabel?: string;
  /** Where the dot leads (e.g. the exam it stands for); the dot becomes a link named by its label and value. */
  href?: string;
}

interface LineChartProps {
  text: ChartText;
  points: readonly LinePoint[];
  min: number;
  max: number;
  /** A horizontal line to compare against, such as a pass mark. */
  reference?: { value: number; label: string };
  /** Extra table columns per point, after the label and the value. */
  extraCells?: (point: LinePoint, index: number) => readonly string[];
  /** Follows a dot's link inside the app (a client-side navigation); without it the browser follows `href`. */
  onFollow?: (point: LinePoint, index: number) => void;
}

const PLOT = 160;
const TOP = 12;
const AXIS = 22;
const SIDE = 6;

/**
 * A line chart in plain SVG: x positions in percent and the line in a stretched inner SVG with a
 * non-scaling stroke, so it fills any width while text and dots keep their size.
 */
export function LineChart({ text, points, min, max, reference, extraCells, onFollow }: LineChartProps) {
  const span = max - min || 1;
  const y = (value: number) => TOP + (1 - Math.max(0, Math.min(1, (value - min) / span))) * PLOT;
  const x = (i: number) => (points.length === 1 ? 50 : SIDE + (i * (100 - 2 * SIDE)) / (points.length - 1));
  const rows: ChartRow[] = points.map((point, i) => [point.label, point.display ?? String(point.value), ...(extraCells?.(point, i) ?? [])]);
  const meets = (value: number) => reference === undefined || value >= reference.value;

  return (
    <ChartFrame
      text={text}
      rows={rows}
      height={TOP + PLOT + AXIS}
      legend={reference && <ReferenceLegend label={reference.label} />}
      interactive={points.some((point) => point.href !== undefined)}
    >
      {[max, min].map((value) => (
        <g key={value}>
          <line x1="0" x2="100%" y1={y(value)} y2={y(value)} className="chart-grid" />
          <text x="0" y={y(value) - 4} className="chart-label">{value}</text>
        </g>
      ))}
      {reference && <line x1="0" x2="100%" y1={y(reference.value)} y2={y(reference.value)} className="chart-reference" />}
      <svg x="0" y="0" width="100%" height={TOP + PLOT} viewBox={`0 0 100 ${TOP + PLOT}`} preserveAspectRatio="none">
        <polyline
          points={points.map((point, i) => `${x(i)},${y(point.value)}`).join(' ')}
          className="chart-line"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      {points.map((point, i) => {
        return (
          <g key={`${point.label}-${i}`}>
            {point.href === undefined ? (
              <circle cx={`${x(i)}%`} cy={y(point.value)} r="5" className={meets(point.value) ? 'chart-dot chart-dot-met' : 'chart-dot'} />
            ) : (
              <a
                href={point.href}
                className="chart-dot-link"
                aria-label={`${point.label}: ${point.display ?? point.value}${extraCells ? `, ${extraCells(point, i).join(', ')}` : ''}`}
                onClick={(event) => {
                  if (!onFollow || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                  event.preventDefault();
                  onFollow(point, i);
                }}
              >
                {/* A 44 px target around the 10 px dot, for a finger. */}
                <circle cx={`${x(i)}%`} cy={y(point.value)} r="22" className="chart-dot-target" />
                <circle cx={`${x(i)}%`} cy={y(point.value)} r="5" className={meets(point.value) ? 'chart-dot chart-dot-met' : 'chart-dot'} />
              </a>
            )}
            {point.axisLabel && (
              <text x={`${x(i)}%`} y={TOP + PLOT + 16} textAnchor="middle" className="chart-label">{point.axisLabel}</text>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}

/** The key to the dashed reference line, written under the chart so it never covers a point. */
function ReferenceLegend({ label }: { label: string }) {
  return (
    <p className="chart-legend">
      <svg width="28" height="10" aria-hidden="true">
        <line x1="0" x2="28" y1="5" y2="5" className="chart-reference" />
      </svg>
      {label}
    </p>
  );
}
