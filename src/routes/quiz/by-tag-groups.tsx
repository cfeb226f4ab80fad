import { useId } from 'react';
import { examsMessages } from '../../i18n/messages/exams';
import { useT } from '../../i18n/use-t';
import type { TagResult } from '../../quiz/results';
import { groupTagResults } from '../../quiz/tag-groups';
import { ByTagTable } from './by-tag-table';

/**
 * An exam's results by tag, grouped by the tags' first segment, each group closed behind its summary
 * (name, how many tags, its weakest percentage), so dozens of tags never push the review away.
 */
export function ByTagGroups({ byTag }: { byTag: Readonly<Record<string, TagResult>> }) {
  const t = useT(examsMessages);
  const id = useId();
  const groups = groupTagResults(byTag);
  if (groups.length === 0) return null;
  return (
    <section className="quiz-by-tag-groups stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('byTagTitle')}</h2>
      {groups.map((group) => (
        <details key={group.name} className="quiz-by-tag-group">
          <summary>
            <span className="quiz-by-tag-group-name">{t('byTagGroup', { group: group.name, count: group.rows.length })}</span>
            <span className="muted"> · {t('byTagLowest', { percentage: group.lowest })}</span>
          </summary>
          <ByTagTable rows={group.rows} caption={t('byTagGroup', { group: group.name, count: group.rows.length })} />
        </details>
      ))}
    </section>
  );
}
