import { studyMessages } from '../../i18n/messages/study';
import { useT } from '../../i18n/use-t';
import { RetryLinks } from './retry-links';
import { useRetryCounts } from './use-retry-counts';

/** A card of its own with the retry links over the questions in `live`, for pages that already read the progress store. */
export function RetryCard({ live }: { live: ReadonlySet<string> }) {
  const t = useT(studyMessages);
  return (
    <section className="card stack retry-card" aria-labelledby="retry-title">
      <h2 id="retry-title">{t('retryTitle')}</h2>
      <div className="row">
        <RetryLinks counts={useRetryCounts(live)} />
      </div>
    </section>
  );
}
