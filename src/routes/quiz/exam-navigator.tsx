import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import type { Session } from '../../quiz/session';

/** The exam's question grid: one button per question showing whether it is answered (fully, or with fewer options than it asks for) and flagged. */
export function ExamNavigator({ session, onGo }: { session: Session; onGo: (index: number) => void }) {
  const t = useT(quizMessages);
  return (
    <nav className="quiz-exam-navigator" aria-labelledby="exam-navigator-title">
      <h2 id="exam-navigator-title">{t('navigator')}</h2>
      <ol className="quiz-exam-navigator-grid">
        {session.questionIds.map((id, index) => {
          const chosen = session.answers[id]?.length ?? 0;
          const required = session.layouts[id]?.required ?? 1;
          const answered = chosen > 0;
          // "Select 2" with one chosen is answered, but short: said and drawn apart from a complete answer.
          const short = answered && chosen < required;
          const flagged = session.flagged.includes(id);
          const answer = short ? t('navShort', { chosen, count: required }) : answered ? t('navAnswered') : t('navUnanswered');
          const state = [answer, ...(flagged ? [t('navFlagged')] : [])].join(', ');
          const current = index === session.current;
          return (
            <li key={id}>
              <button
                type="button"
                className={`quiz-exam-nav-button${answered ? ' is-answered' : ''}${short ? ' is-short' : ''}${flagged ? ' is-flagged' : ''}`}
                aria-label={t('navQuestion', { n: index + 1, state })}
                aria-current={current ? 'step' : undefined}
                onClick={() => onGo(index)}
              >
                {index + 1}
                {flagged && <span aria-hidden="true" className="quiz-exam-nav-flag">⚑</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
