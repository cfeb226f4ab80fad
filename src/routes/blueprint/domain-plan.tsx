import { notes } from 'virtual:examflow/index';
import { blueprintMessages } from '../../i18n/messages/blueprint';
import { useT } from '../../i18n/use-t';
import { domainAvailability, type Blueprint } from '../../quiz/blueprint';
import { domainQuotas } from '../../quiz/blueprint-draw';

/** How many questions of the vault each domain can give, and how many belong to none (computed once). */
export function vaultAvailability(blueprint: Blueprint) {
  return domainAvailability(notes, blueprint.domains);
}

/** The exam's questions by domain before it starts: weight, questions drawn of those there are, and any shortfall said aloud. */
export function DomainPlan({ blueprint, count }: { blueprint: Blueprint; count: number }) {
  const t = useT(blueprintMessages);
  const { perDomain, outside } = vaultAvailability(blueprint);
  const quotas = domainQuotas(count, blueprint.domains.map((d) => d.weight), perDomain);
  const short = quotas.flatMap((quota, i) => (quota.drawn < quota.wanted ? [{ domain: blueprint.domains[i]!.name, ...quota }] : []));
  return (
    <section className="stack blueprint-domain-plan" aria-labelledby="domain-plan-title">
      <h3 id="domain-plan-title">{t('planTitle')}</h3>
      <div className="blueprint-table-scroll">
        <table className="blueprint-by-domain" aria-labelledby="domain-plan-title">
          <thead>
            <tr>
              <th scope="col">{t('domain')}</th>
              <th scope="col">{t('weight')}</th>
              <th scope="col">{t('questions')}</th>
            </tr>
          </thead>
          <tbody>
            {blueprint.domains.map((domain, i) => (
              <tr key={domain.name}>
                <th scope="row">{domain.name}</th>
                <td>{domain.weight}%</td>
                <td>{t('drawnOf', { drawn: quotas[i]?.drawn ?? 0, available: quotas[i]?.available ?? 0 })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {short.map((s) => (
        <p key={s.domain} className="muted" role="note">{t('short', { domain: s.domain, available: s.available, wanted: s.wanted })}</p>
      ))}
      {outside > 0 && <p className="muted">{t('outside', { count: outside })}</p>}
    </section>
  );
}
