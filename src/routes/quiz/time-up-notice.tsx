import { examsMessages } from '../../i18n/messages/exams';
import { useT } from '../../i18n/use-t';

/**
 * Says an exam ended because time ran out. Announced (an alert) when the learner arrives from the
 * exam it just ended; a quiet note when the results are opened again later.
 */
export function TimeUpNotice({ announce }: { announce: boolean }) {
  const t = useT(examsMessages);
  return (
    <section className="card quiz-time-up" role={announce ? 'alert' : undefined} aria-labelledby="time-up-title">
      <h2 id="time-up-title">{t('timeUpTitle')}</h2>
      <p>{t('timeUpBody')}</p>
    </section>
  );
}
