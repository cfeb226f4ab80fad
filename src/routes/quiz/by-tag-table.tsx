import type { TagResult } from '../../quiz/results';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';

/**
 * Correct answers per tag as a table, in the order given; named by a heading (`headingId`) or by a
 * caption only screen readers see (`caption`).
 */
export function ByTagTable({ rows, headingId, caption }: {
  rows: readonly [string, TagResult][];
  headingId?: string;
  caption?: string;
}) {
  const t = useT(quizMessages);
  if (rows.length === 0) return null;
  return (
    <table className="quiz-by-tag" aria-labelledby={headingId}>
      {caption !== undefined && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('tag')}</th>
          <th scope="col">{t('score')}</th>
          <th scope="col">%</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([tag, result]) => (
          <tr key={tag}>
            <th scope="row">{tag}</th>
            <td>{result.correct} / {result.total}</td>
            <td>{result.percentage}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
