import { useMemo } from 'react';
import { quizMessages } from '../../i18n/messages/quiz';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatWait, waitUntil } from '../../review/comes-back';
import { nextDueOf } from '../../review/schedule';
import { useProgress } from '../../store/progress';

/**
 * When the question just answered comes back for review ("다시: 10분 후", "Again in 3 days"), from the same
 * schedule Review uses; it follows the "I guessed" box, which changes the grade.
 */
export function ComesBack({ questionId }: { questionId: string }) {
  const t = useT(quizMessages);
  const language = useLanguage();
  const attempts = useProgress((state) => state.attempts);
  const due = useMemo(() => nextDueOf(attempts, questionId), [attempts, questionId]);
  if (due === null) return null;
  return <p className="muted quiz-comes-back">{t('comesBack', { when: formatWait(waitUntil(due, Date.now()), language) })}</p>;
}
