import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { QuizNote } from '../../content/note-module';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT, type Translate } from '../../i18n/use-t';
import type { Session } from '../../quiz/session';
import type { QuizItem } from '../../quiz/types';
import { paths } from '../paths';
import { ComesBack } from './comes-back';
import { FlowPanel } from './flow-panel';
import { NoteReasonView } from './note-reason';
import { pointedTexts } from '../../quiz/pointed-texts';
import { PracticeSummary } from './practice-summary';
import { QuestionView } from './question-view';
import { SessionProgress } from './session-progress';
import { ShortcutsDialog } from './shortcuts-dialog';
import { usePractice, type Practice } from './use-practice';
import { useQuestionFocus } from './use-question-focus';
import { useShortcuts } from './use-shortcuts';
import { Verdict } from './verdict';

/** Props of {@link PracticeView}. */
export interface PracticeViewProps {
  title: string;
  session: Session;
  items: QuizItem[];
  notes: Map<string, QuizNote>;
  /**
   * Drawn before the session is ready (a note's pre-rendered start): shown as it will be, but inert, so nothing
   * is chosen or saved in a session that is not the reader's. The live session later arrives in this same view.
   */
  preview?: boolean;
}

/** Practice, one question at a time: answer, check, read the explanations beside the flow, go on. */
export function PracticeView({ title, session: initial, items, notes, preview = false }: PracticeViewProps) {
  const t = useT(quizMessages);
  const practice = usePractice(initial, items);
  const { session, item, shown, chosen, revealed } = practice;
  const [pointing, setPointing] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const nextRef = useRef<HTMLButtonElement>(null);
  const mainRef = useRef<HTMLDivElement>(null);
  const total = session.questionIds.length;

  useShortcuts('practice', shown?.question.options.length ?? 0, (action) => {
    if (preview) return;
    if (action.kind === 'help') setHelp(true);
    else if (action.kind === 'choose') practice.choose(action.label);
    else if (action.kind === 'enter') revealed ? practice.next() : practice.check();
  });
  // Focus follows the flow: to "Next" once checked, to the new question's heading after moving on.
  useEffect(() => {
    if (revealed) nextRef.current?.focus();
  }, [revealed]);
  useQuestionFocus(mainRef, session.current, !preview);

  if (session.finishedAt !== null) return <PracticeSummary title={title} session={session} items={items} />;
  if (!item || !shown) return null;
  const done = session.checked.length;
  const position = t('questionOf', { n: session.current + 1, total });
  return (
    <div className="quiz-page" inert={preview || undefined}>
      <header className="quiz-header">
        <h1>{title}</h1>
        <div className="row">
          <Link to={paths.note(item.noteSlug)}>{t('backToNote', { title: item.noteTitle })}</Link>
          <button type="button" className="btn btn-small" onClick={() => setHelp(true)}>{t('shortcutsButton')}</button>
        </div>
        <SessionProgress done={done} total={total} text={position} />
      </header>
      <div className="quiz-columns">
        <div className="quiz-main" ref={mainRef}>
          {/* Seen only while the question's place is kept empty for a reader's own session (quiz.css, which shows
              it in an inert preview only). Drawn in the live session too, so going live removes nothing. */}
          <p className="quiz-resuming">{t('loading')}</p>
          <QuestionView
            key={item.question.id}
            question={shown.question}
            heading={position}
            chosen={chosen}
            revealed={revealed}
            refusal={refusalText(t, practice)}
            onChoose={practice.choose}
            onPoint={setPointing}
            reason={item.reason ? <NoteReasonView reason={item.reason} noteSlug={item.noteSlug} /> : undefined}
          />
          <Verdict
            revealed={revealed}
            correct={practice.correct}
            answer={shown.question.answer}
            guessed={practice.guessed}
            onGuessed={practice.setGuessed}
          />
          {revealed && <ComesBack questionId={item.question.id} />}
          <div className="row quiz-actions">
            {revealed ? (
              <button ref={nextRef} type="button" className="btn btn-primary" onClick={practice.next}>
                {session.current + 1 >= total ? t('finish') : t('next')}
              </button>
            ) : (
              // Never disabled: pressed too early, it says how many options to pick (a disabled button says nothing).
              <button type="button" className="btn btn-primary" onClick={practice.check}>{t('check')}</button>
            )}
          </div>
        </div>
        <FlowPanel note={notes.get(item.noteSlug)} pointed={pointedTexts(shown.question, chosen, pointing)} options={shown.question.options.map((option) => option.text)} />
      </div>
      <ShortcutsDialog open={help} mode="practice" onClose={() => setHelp(false)} />
    </div>
  );
}

/** What the question says under its options after a refused choice or a refused Check, or null. */
function refusalText(t: Translate<keyof typeof quizMessages.en>, practice: Pick<Practice, 'refusedAt' | 'checkRefused'>): string | null {
  if (practice.refusedAt !== null) return t('tooMany', { count: practice.refusedAt });
  const refused = practice.checkRefused;
  if (refused === null) return null;
  return refused.count === 1 ? t('chooseOne') : t('tooFew', refused);
}
