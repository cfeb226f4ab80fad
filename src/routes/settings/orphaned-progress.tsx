import { useMemo } from 'react';
import { orphanMessages } from '../../i18n/messages/orphans';
import { useT } from '../../i18n/use-t';
import { useProgress } from '../../store/progress';
import { progressQuestionIds } from '../../store/reattach';

/** One saved question that the vault no longer has: what it asked (when remembered), where, how often answered. */
export interface Orphan {
  id: string;
  stem: string | null;
  slug: string;
  answers: number;
  flagged: boolean;
}

/** The saved questions that are not among `live`, most answered first. */
export function orphansOf(
  state: Parameters<typeof progressQuestionIds>[0] & { prints: Record<string, { stem: string; slug: string }> },
  live: ReadonlySet<string>,
): Orphan[] {
  return [...progressQuestionIds(state)]
    .filter((id) => !live.has(id))
    .map((id) => {
      const answers = state.attempts.filter((attempt) => attempt.questionId === id);
      return {
        id,
        stem: state.prints[id]?.stem ?? null,
        slug: state.prints[id]?.slug ?? answers[0]?.noteSlug ?? '',
        answers: answers.length,
        flagged: state.flags[id]?.flagged === true,
      };
    })
    .sort((a, b) => b.answers - a.answers || (a.id < b.id ? -1 : 1));
}

/** Settings' list of progress that could not be re-attached to any question of the vault; nothing when all is. */
export function OrphanedProgress({ live }: { live: ReadonlySet<string> }) {
  const t = useT(orphanMessages);
  const attempts = useProgress((state) => state.attempts);
  const flags = useProgress((state) => state.flags);
  const exams = useProgress((state) => state.exams);
  const prints = useProgress((state) => state.prints);
  const orphans = useMemo(() => orphansOf({ attempts, flags, exams, prints }, live), [attempts, flags, exams, prints, live]);
  if (orphans.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="orphans-title">
      <h2 id="orphans-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ul>
        {orphans.map((orphan) => (
          <li key={orphan.id}>
            <span>{orphan.stem ?? t('unknownStem', { id: orphan.id })}</span>{' '}
            <span className="muted">
              ({orphan.answers === 1 ? t('detailsOne', { slug: orphan.slug }) : t('details', { slug: orphan.slug, count: orphan.answers })}
              {orphan.flagged ? ` · ${t('flagged')}` : ''})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
