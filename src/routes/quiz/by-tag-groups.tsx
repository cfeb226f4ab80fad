import { useId } from 'react';
import { examsMessages } from '../../i18n/messages/exams';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import type { TagResult } from '../../quiz/results';
import { groupTagResults } from '../../quiz/tag-groups';

/**
 * An exam's results by tag, grouped by the tags' first segment, each group closed behind its summary
 * (name, how many tags, its weakest percentage), so dozens of tags never push the review away.
 */
export function ByTagGroups({ byTag }: { byTag: Readonly<Record<string, TagResult>> }) {
  const t = useT(examsMessages);
  const tq = useT(quizMessages);
  const id = useId();
  const groups = groupTagResults(byTag);
  if (groups.length === 0) return null;
  return (
    <section className="by-tag-groups stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('byTagTitle')}</h2>
      {groups.map((group) => (
        <details key={group.name} className="by-tag-group">
          <summary>
            <span className="by-tag-group-name">{t('byTagGroup', { group: group.name, count: group.rows.length })}</span>
            <span className="muted"> · {t('byTagLowest', { percentage: group.lowest })}</span>
          </summary>
          <table className="by-tag">
            <caption className="visually-hidden">{t('byTagGroup', { group: group.name, count: group.rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{tq('tag')}</th>
                <th scope="col">{tq('score')}</th>
                <th scope="col">%</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map(([tag, result]) => (
                <tr key={tag}>
                  <th scope="row">{tag}</th>
                  <td>{result.correct} / {result.total}</td>
                  <td>{result.percentage}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}
