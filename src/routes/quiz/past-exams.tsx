import { Link } from 'react-router';
import { notes } from 'virtual:examflow/index';
import { examsMessages } from '../../i18n/messages/exams';
import { quizMessages } from '../../i18n/messages/quiz';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatClock } from '../../quiz/exam-timer';
import { useProgress } from '../../store/progress';
import { newestFirst } from '../../quiz/exam-history';
import { paths } from '../paths';
import { selectionName } from './practice-title';
import { useHydrated } from '../../ui/use-hydrated';

/** Every finished exam, newest first: date, scope, score, pass or fail and time taken, each opening its results. */
export function PastExams() {
  const t = useT(examsMessages);
  const tq = useT(quizMessages);
  const language = useLanguage();
  const exams = useProgress((state) => state.exams);
  // Hydration draws the pre-rendered "nothing yet"; saved progress is drawn from the next render on. Until
  // then a reader with saved progress sees the empty card as a blank (.awaits-saved-progress, base.css).
  const read = useHydrated();
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className={`card stack quiz-past-exams${exams.length === 0 && !read ? ' awaits-saved-progress' : ''}`} id="past-exams" aria-labelledby="past-exams-title">
      <h2 id="past-exams-title">{t('pastTitle', { count: exams.length })}</h2>
      {exams.length === 0 ? (
        <p className="muted">{t('pastEmpty')}</p>
      ) : (
        <ol className="quiz-past-exam-list">
          {newestFirst(exams).map((exam) => {
            const when = date.format(new Date(exam.at));
            const verdict = exam.passed ? tq('passed') : tq('failed');
            return (
              <li key={exam.id} className={`quiz-past-exam ${exam.passed ? 'is-pass' : 'is-fail'}`}>
                <Link to={paths.examResults(exam.id)} aria-label={t('pastOpen', { date: when, verdict })}>{when}</Link>
                <span className={`chip ${exam.passed ? 'quiz-chip-right' : 'quiz-chip-wrong'}`}>{verdict}</span>
                <span>{t('pastScore', { scaled: exam.scaled, correct: exam.correct, total: exam.total })}</span>
                <span className="muted">
                  {exam.selection ? t('pastScope', { scope: selectionName(exam.selection, notes, tq) }) : t('pastScopeUnknown')}
                </span>
                <span className="muted">
                  {t('pastTime', { time: formatClock(exam.seconds * 1000) })}
                  {exam.timedOut ? ` (${t('pastTimedOut')})` : ''}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
