import { quizMessages } from '../../i18n/messages/quiz';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatClock } from '../../quiz/exam-timer';
import type { ExamRecord } from '../../store/progress-schema';

/** A finished exam's scaled score with pass or fail, correct count and percentage, time used and date. */
export function ExamScore({ exam, passMark }: { exam: ExamRecord; passMark: number }) {
  const t = useT(quizMessages);
  const language = useLanguage();
  const percentage = exam.total > 0 ? Math.round((100 * exam.correct) / exam.total) : 0;
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(exam.at));
  return (
    <section id="exam-score" className={`card quiz-exam-score ${exam.passed ? 'is-pass' : 'is-fail'}`}>
      <p className="quiz-score">
        {t('passLine', { scaled: exam.scaled, verdict: exam.passed ? t('passed') : t('failed'), mark: passMark })}
      </p>
      <p>{t('correctCount', { correct: exam.correct, total: exam.total, percentage })}</p>
      <p className="muted">{t('timeUsed', { time: formatClock(exam.seconds * 1000) })} · {t('takenAt', { date })}</p>
    </section>
  );
}
