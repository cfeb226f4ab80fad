import { progressMessages } from '../../i18n/messages/progress';
import { useT } from '../../i18n/use-t';
import type { Readiness } from '../../progress/readiness';

interface ReadinessCardProps {
  readiness: Readiness;
  passMark: number;
  vaultQuestions: number;
}

/** The exam-day estimate, whether it clears the pass mark, and the formula it came from in one sentence. */
export function ReadinessCard({ readiness, passMark, vaultQuestions }: ReadinessCardProps) {
  const t = useT(progressMessages);
  return (
    <section className={`card progress-readiness ${readiness.passed ? 'is-pass' : 'is-fail'}`} aria-labelledby="readiness-title">
      <h2 id="readiness-title">{t('readinessTitle')}</h2>
      <p className="progress-readiness-score">{t('readinessScore', { scaled: readiness.scaled })}</p>
      <p>{readiness.passed ? t('readinessPass', { mark: passMark }) : t('readinessFail', { mark: passMark, gap: passMark - readiness.scaled })}</p>
      <p className="muted">
        {t('readinessFormula', {
          accuracy: Math.round(readiness.accuracy * 100),
          coverage: Math.round(readiness.coverage * 100),
          total: vaultQuestions,
        })}{' '}
        {readiness.examShare === null
          ? t('readinessNoExam')
          : t('readinessExams', { scaled: Math.round(100 + 900 * readiness.examShare) })}
      </p>
    </section>
  );
}
