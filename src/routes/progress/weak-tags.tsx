import { Link } from 'react-router';
import { progressMessages } from '../../i18n/messages/progress';
import { useT } from '../../i18n/use-t';
import { paths } from '../paths';
import { MIN_WEAK_TAG_ATTEMPTS, type TagAccuracy } from '../../progress/stats';
import { TagText } from '../../ui/tag-text';

/** The weakest tags with their accuracy and a button that drills each one. */
export function WeakTags({ tags }: { tags: readonly TagAccuracy[] }) {
  const t = useT(progressMessages);
  return (
    <section className="card stack" aria-labelledby="weak-title">
      <h2 id="weak-title">{t('weakTitle')}</h2>
      {tags.length === 0 ? (
        <p className="muted">{t('weakEmpty', { min: MIN_WEAK_TAG_ATTEMPTS })}</p>
      ) : (
        <ul className="progress-weak">
          {tags.map((tag) => (
            <li key={tag.tag}>
              <div>
                <span><TagText tag={tag.tag} /></span>
                <span className="muted"> · {t('weakLine', { percentage: tag.percentage, correct: tag.correct, total: tag.total })}</span>
              </div>
              <Link className="btn btn-small progress-weak-drill" to={paths.practice({ tag: tag.tag })} aria-label={t('drill', { tag: tag.tag })}>
                {t('drillShort')}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
