import { blueprintMessages } from '../../i18n/messages/blueprint';
import { useT } from '../../i18n/use-t';
import type { DomainResult } from '../../quiz/blueprint-results';
import { DomainResultsTable } from '../blueprint/domain-results-table';

/** Progress by the blueprint's domains: of the questions answered in each, how many were right the last time. */
export function DomainProgress({ results }: { results: readonly DomainResult[] }) {
  const t = useT(blueprintMessages);
  return (
    <section className="card stack" aria-labelledby="domain-progress-title">
      <h2 id="domain-progress-title">{t('byDomain')}</h2>
      <DomainResultsTable results={results} headingId="domain-progress-title" countLabel={t('score')} />
    </section>
  );
}
