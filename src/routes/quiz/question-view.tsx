import { useMemo, type ReactNode } from 'react';
import type { Question } from '../../content/types';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import { EXPLANATION_BYTES, explanationSizes } from '../../quiz/explanation-sizes';
import { plainHtml, RichText } from '../../ui/rich-text';
import { useProgressiveReveal } from '../../ui/use-progressive-reveal';
import { OptionItem } from './option-item';

/** Props of {@link QuestionView}; labels are DISPLAY labels (the session may have shuffled options). */
export interface QuestionViewProps {
  /** The question as displayed (re-lettered when options are shuffled). */
  question: Question;
  /** Heading text, e.g. "Question 3 of 10". */
  heading: string;
  chosen: readonly string[];
  revealed: boolean;
  /** Why the last choice was refused, shown and announced; omit where choices cannot be refused (review). */
  refusal?: string | null;
  onChoose?: (label: string) => void;
  onPoint?: (label: string | null) => void;
  /** Shown between the heading and the stem (the review's verdict and answers). */
  summary?: ReactNode;
  /** The note's own reason, shown under a right option that no bullet explains. */
  reason?: ReactNode;
}

/**
 * A question: heading, stem, "Select N" when several answers are asked, and the options as a radio
 * or checkbox group named by the heading and the stem; once revealed, marks, explanations and notes.
 */
export function QuestionView({ question, heading, chosen, revealed, refusal, onChoose, onPoint, summary, reason }: QuestionViewProps) {
  const t = useT(quizMessages);
  const base = `q-${question.id}`;
  const multi = question.multi || question.answer.length > 1;
  const sizes = useMemo(() => explanationSizes(question), [question]);
  const explained = useProgressiveReveal(sizes, revealed, EXPLANATION_BYTES, EXPLANATION_BYTES);
  const drawing = revealed && explained < question.options.length;
  return (
    <section className="quiz-question" aria-labelledby={`${base}-heading`}>
      <h2 id={`${base}-heading`} className="quiz-question-heading" tabIndex={-1}>{heading}</h2>
      {summary}
      <div id={`${base}-stem`} className="quiz-stem"><RichText html={question.html?.stem ?? plainHtml(question.stem)} /></div>
      <fieldset className="quiz-options" aria-labelledby={`${base}-heading ${base}-stem`} aria-describedby={`${base}-legend`}>
        <legend id={`${base}-legend`} className={multi ? 'quiz-select-count' : 'visually-hidden'}>
          {multi ? t('selectCount', { count: question.answer.length }) : t('options')}
        </legend>
        <ol className="quiz-option-list" aria-busy={drawing || undefined}>
          {question.options.map((option, index) => (
            <OptionItem
              key={option.label}
              option={option}
              name={base}
              multi={multi}
              chosen={chosen.includes(option.label)}
              revealed={revealed}
              explained={index < explained}
              onChoose={onChoose}
              onPoint={onPoint}
              reason={reason}
            />
          ))}
        </ol>
      </fieldset>
      {refusal !== undefined && <p className="quiz-refusal" role="alert">{refusal}</p>}
      {revealed && !drawing && question.notes.length > 0 && (
        // A heading, not a landmark: an exam review shows many questions, and landmarks must have unique names.
        <div className="quiz-notes">
          <h3 id={`${base}-notes`}>{t('generalNotes')}</h3>
          {question.notes.map((note, i) => <RichText key={i} html={question.html?.notes[i] ?? plainHtml(note)} />)}
        </div>
      )}
    </section>
  );
}
