import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { NoteReason, Question } from '../../content/types';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';
import { EXPLANATION_BYTES, explanationSizes } from '../../quiz/explanation-sizes';
import { plainHtml, RichText } from '../../ui/rich-text';
import { countWithin, useProgressiveReveal } from '../../ui/use-progressive-reveal';
import { NoteReasonView } from '../quiz/note-reason';
import { QuestionStatusLine } from '../status/question-status-line';

/**
 * A question as the note shows it: stem and options, with the answer and every explanation behind a
 * disclosure so reading the note does not give the answer away. The closed disclosure holds (and the
 * pre-render writes) the first explanations a task can draw; opening it draws the rest a few options per
 * task, the list marked busy meanwhile, so a thousand pasted bullets never hold input while they are laid out.
 */
export function QuestionPreview({ question, number, reason }: { question: Question; number: number; reason?: ReactNode }) {
  const t = useT(notesMessages);
  const headingId = `question-${question.id}`;
  const [open, setOpen] = useState(false);
  const disclosure = useRef<HTMLDetailsElement>(null);
  // Opened before hydration, the toggle event found no listener: read the state the page already has.
  useEffect(() => setOpen(disclosure.current?.open ?? false), []);
  const sizes = useMemo(() => explanationSizes(question), [question]);
  const revealed = useProgressiveReveal(sizes, open, EXPLANATION_BYTES, EXPLANATION_BYTES);
  const drawn = open ? revealed : countWithin(sizes, 0, EXPLANATION_BYTES);
  return (
    <section className="note-question card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('question', { n: number })}</h3>
      <QuestionStatusLine questionId={question.id} />
      <RichText html={question.html?.stem ?? plainHtml(question.stem)} />
      {question.multi && <p className="muted">{t('selectCount', { count: question.answer.length })}</p>}
      <ol className="note-option-list" aria-label={t('question', { n: number })}>
        {question.options.map((option) => (
          <li key={option.label} className="note-option">
            <span className="note-option-label" aria-hidden="true">{option.label}</span>
            <span className="visually-hidden">{option.label}. </span>
            <span><RichText inline html={option.html?.text ?? plainHtml(option.text)} /></span>
          </li>
        ))}
      </ol>
      <details ref={disclosure} className="note-answer-reveal" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('showAnswer')}</summary>
        <p><strong>{t('answer', { labels: question.answer.join(', ') })}</strong></p>
        <ul className="note-explanation-list" aria-busy={(open && drawn < sizes.length) || undefined}>
          {question.options.slice(0, drawn).map((option) => (
            <li key={option.label} className={option.correct ? 'note-explanation is-correct' : 'note-explanation'}>
              <strong>{option.label}</strong>
              {option.correct && <span className="chip note-correct-chip">{t('correct')}</span>}
              {option.explanation ? <RichText html={option.html?.explanation ?? plainHtml(option.explanation)} /> 
                : option.correct && reason ? reason
                : <p className="muted">{t('noExplanation')}</p>}
            </li>
          ))}
        </ul>
        {question.notes.length > 0 && (
          <>
            <h4>{t('generalNotes')}</h4>
            {question.notes.map((note, i) => <RichText key={i} html={question.html?.notes[i] ?? plainHtml(note)} />)}
          </>
        )}
      </details>
    </section>
  );
}

/** What a note's page passes for one of its questions: the data only, so a memoised wrapper can keep it still. */
export interface NoteQuestionProps {
  question: Question;
  number: number;
  /** The note's own reason, shown under the right option when that option has no explanation of its own. */
  reason?: NoteReason | null;
  noteSlug: string;
}

/** A question of a note, with the note's reason (and a link to its section) under the right option. */
export function NoteQuestion({ question, number, reason, noteSlug }: NoteQuestionProps) {
  return <QuestionPreview question={question} number={number} reason={reason && <NoteReasonView reason={reason} noteSlug={noteSlug} />} />;
}
