import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import type { Session } from '../../quiz/session';
import type { QuizItem } from '../../quiz/types';
import { paths } from '../paths';
import { ExamCountdown } from './exam-countdown';
import { ExamNavigator } from './exam-navigator';
import { QuestionView } from './question-view';
import { SessionProgress } from './session-progress';
import { ShortcutsDialog } from './shortcuts-dialog';
import { SubmitDialog } from './submit-dialog';
import { submitExam } from './submit-exam';
import { useExam } from './use-exam';
import { useQuestionFocus } from './use-question-focus';
import { useShortcuts } from './use-shortcuts';

/** An exam in progress: clock, question, flag, previous/next, the question grid and a confirmed submit. */
export function ExamView({ session: initial, items }: { session: Session; items: QuizItem[] }) {
  const t = useT(quizMessages);
  const navigate = useNavigate();
  const exam = useExam(initial, items);
  const { session, item, shown } = exam;
  const [confirming, setConfirming] = useState(false);
  const [help, setHelp] = useState(false);
  const mainRef = useRef<HTMLDivElement>(null);
  const total = session.questionIds.length;
  const last = session.current >= total - 1;

  const submit = () => navigate(paths.examResults(submitExam(session, items, Date.now())));
  // The results page opens with the "time's up" notice, so an exam never ends without saying why.
  const expire = () => navigate(paths.examResults(submitExam(session, items, Date.now())), { state: { timeUp: true } });
  const go = (index: number) => {
    setConfirming(false);
    exam.goTo(index);
  };
  useShortcuts('exam', shown?.question.options.length ?? 0, (action) => {
    if (action.kind === 'help') setHelp(true);
    else if (action.kind === 'choose') exam.choose(action.label);
    else if (action.kind === 'flag') exam.toggleFlag();
    else if (action.kind === 'previous') exam.goTo(session.current - 1);
    else if (action.kind === 'next') exam.goTo(session.current + 1);
    else if (action.kind === 'enter') (last ? setConfirming(true) : exam.goTo(session.current + 1));
  });
  useQuestionFocus(mainRef, session.current);

  if (!item || !shown || session.deadline === null) return null;
  const position = t('questionOf', { n: session.current + 1, total });
  return (
    <div className="quiz-page quiz-exam-page">
      <h1 className="quiz-exam-title">{t('examTitle')}</h1>
      {/* Pinned while the question scrolls, so the time left is always in sight on a phone. */}
      <header className="quiz-header quiz-exam-header">
        <div className="row quiz-exam-tools">
          <ExamCountdown deadline={session.deadline} onExpire={expire} />
          <button type="button" className="btn btn-small" onClick={() => setHelp(true)}>{t('shortcutsButton')}</button>
        </div>
        <SessionProgress done={exam.answered} total={total} text={position} />
      </header>
      <div className="quiz-columns quiz-exam-columns">
        <div className="quiz-main" ref={mainRef}>
          <QuestionView
            key={item.question.id}
            question={shown.question}
            heading={position}
            chosen={exam.chosen}
            revealed={false}
            refusal={exam.refusedAt === null ? null : t('tooMany', { count: exam.refusedAt })}
            onChoose={exam.choose}
          />
          <div className="row quiz-actions">
            <button type="button" className="btn" onClick={() => exam.goTo(session.current - 1)} disabled={session.current === 0}>
              {t('previous')}
            </button>
            <button type="button" className="btn quiz-exam-flag" aria-pressed={exam.flagged} onClick={exam.toggleFlag}>
              <span aria-hidden="true">⚑</span> {t('flag')}
            </button>
            {!last && <button type="button" className="btn btn-primary" onClick={() => exam.goTo(session.current + 1)}>{t('next')}</button>}
            <button type="button" className={`btn${last ? ' btn-primary' : ''}`} onClick={() => setConfirming(true)}>{t('submit')}</button>
          </div>
        </div>
        <ExamNavigator session={session} onGo={go} />
      </div>
      <SubmitDialog open={confirming} session={session} onCancel={() => setConfirming(false)} onSubmit={submit} onGo={go} />
      <ShortcutsDialog open={help} mode="exam" onClose={() => setHelp(false)} />
    </div>
  );
}
