import type { ReactNode } from 'react';
import type { Question } from '../../content/types';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';
import { plainHtml, RichText } from '../../ui/rich-text';
import { QuestionStatusLine } from '../status/question-status-line';

/**
 * A question as the note shows it: stem and options, with the answer and every explanation behind a
 * disclosure so reading the note does not give the answer away.
 */
export function QuestionPreview({ question, number, reason }: { question: Question; number: number; reason?: ReactNode }) {
  const t = useT(notesMessages);
  const headingId = `question-${question.id}`;
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
      <details className="note-answer-reveal">
        <summary>{t('showAnswer')}</summary>
        <p><strong>{t('answer', { labels: question.answer.join(', ') })}</strong></p>
        <ul className="note-explanation-list">
          {question.options.map((option) => (
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
