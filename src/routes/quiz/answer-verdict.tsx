import { Link } from 'react-router';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import type { QuizItem } from '../../quiz/types';
import { paths } from '../paths';
import type { ExamQuestionOutcome } from '../../quiz/exam-outcome';

/** An exam answer's verdict (right, wrong, or not answered), flag, your answer, the right answer and the note it comes from. */
export function AnswerVerdict({ outcome, item }: { outcome: ExamQuestionOutcome; item: QuizItem }) {
  const t = useT(quizMessages);
  const answer = item.question.answer.join(', ');
  return (
    <div className="quiz-answers-summary">
      <p className="quiz-answers-verdict">
        <strong>{outcome.correct ? `✓ ${t('correct')}` : outcome.unanswered ? `– ${t('notAnswered')}` : `✗ ${t('incorrect', { labels: answer })}`}</strong>
        {outcome.flagged && <span className="chip">⚑ {t('navFlagged')}</span>}
      </p>
      <p className="muted">
        {outcome.chosen.length > 0 ? t('yourAnswer', { labels: outcome.chosen.join(', ') }) : t('noAnswer')} ·{' '}
        {t('rightAnswer', { labels: answer })} ·{' '}
        <Link to={paths.note(item.noteSlug)}>{t('fromNote', { title: item.noteTitle })}</Link>
      </p>
    </div>
  );
}
