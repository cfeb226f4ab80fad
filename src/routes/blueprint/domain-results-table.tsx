import { blueprintMessages } from '../../i18n/messages/blueprint';
import { useT } from '../../i18n/use-t';
import type { DomainResult } from '../../quiz/blueprint-results';

/** Correct of total per domain, in the blueprint's order, as the real score report lists them. */
export function DomainResultsTable({ results, headingId, countLabel }: { results: readonly DomainResult[]; headingId: string; countLabel?: string }) {
  const t = useT(blueprintMessages);
  return (
    <div className="blueprint-table-scroll">
      <table className="blueprint-by-domain" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t('domain')}</th>
            <th scope="col">{t('weight')}</th>
            <th scope="col">{countLabel ?? t('score')}</th>
            <th scope="col">%</th>
          </tr>
        </thead>
        <tbody>
          {results.map((line) => (
            <tr key={line.name ?? ''}>
              <th scope="row">{line.name ?? t('noDomain')}</th>
              <td>{line.name === null ? '—' : `${line.weight}%`}</td>
              <td>{line.correct} / {line.total}</td>
              <td>{line.total > 0 ? `${line.percentage}%` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
