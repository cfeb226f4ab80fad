import type { TagResult } from '../../quiz/results';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';

/** Correct answers per tag as a table, weakest tag first so the gaps are read first. */
export function ByTagTable({ byTag, headingId }: { byTag: Record<string, TagResult>; headingId: string }) {
  const t = useT(quizMessages);
  const rows = Object.entries(byTag).sort(([a, x], [b, y]) => x.percentage - y.percentage || a.localeCompare(b));
  if (rows.length === 0) return null;
  return (
    <table className="by-tag" aria-labelledby={headingId}>
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
