import { blueprintMessages } from '../../i18n/messages/blueprint';
import { useT } from '../../i18n/use-t';
import type { Blueprint } from '../../quiz/blueprint';
import { resultsByDomain } from '../../quiz/blueprint-results';
import type { ExamQuestionOutcome } from '../../quiz/exam-outcome';
import { DomainResultsTable } from './domain-results-table';

/** A finished exam's score by domain, as the real score report gives it. */
export function DomainResults({ blueprint, outcomes }: { blueprint: Blueprint; outcomes: readonly ExamQuestionOutcome[] }) {
  const t = useT(blueprintMessages);
  const results = resultsByDomain(outcomes.map((o) => ({ tags: o.item?.tags ?? [], correct: o.correct })), blueprint.domains);
  return (
    <section aria-labelledby="results-by-domain">
      <h2 id="results-by-domain">{t('byDomain')}</h2>
      <DomainResultsTable results={results} headingId="results-by-domain" />
    </section>
  );
}
