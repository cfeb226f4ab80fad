import type { ReactNode } from 'react';

/** The words a chart needs around it, in the reader's language (charts know no message catalogue). */
export interface ChartText {
  /** Shown above the chart and as the caption of its table. */
  title: string;
  /** What the chart shows, in one or two sentences, for screen readers (the `role="img"` label). */
  summary: string;
  /** The label of the disclosure that reveals the data table. */
  tableToggle: string;
  /** Column headers of the data table. */
  headers: readonly string[];
  /** Makes the title a heading of this level, for pages where each chart is a section of its own. */
  headingLevel?: 2 | 3;
}

/** One row of a chart's data table, as text. */
export type ChartRow = readonly string[];

interface ChartFrameProps {
  text: ChartText;
  rows: readonly ChartRow[];
  height: number;
  /** Shown between the drawing and the table, e.g. the key to a reference line. */
  legend?: ReactNode;
  /** The drawing holds links: it is a group of them, not one image whose inside is hidden. */
  interactive?: boolean;
  children: ReactNode;
}

/**
 * A figure with a title, an SVG drawing that screen readers hear as one image with a summary, and the
 * same numbers as a table behind a disclosure, so nothing is only visible in the picture.
 */
export function ChartFrame({ text, rows, height, legend, interactive = false, children }: ChartFrameProps) {
  return (
    <figure className="chart">
      <figcaption className="chart-title">{text.headingLevel ? <Heading level={text.headingLevel}>{text.title}</Heading> : text.title}</figcaption>
      <svg className="chart-svg" role={interactive ? 'group' : 'img'} aria-label={text.summary} width="100%" height={height}>
        {children}
      </svg>
      {legend}
      <details className="chart-data">
        <summary>{text.tableToggle}</summary>
        <table>
          <caption className="visually-hidden">{text.title}</caption>
          <thead>
            <tr>{text.headers.map((header) => <th key={header} scope="col">{header}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function Heading({ level, children }: { level: 2 | 3; children: ReactNode }) {
  return level === 2 ? <h2>{children}</h2> : <h3>{children}</h3>;
}
