import type { ReactNode } from 'react';
import type { Option } from '../../content/types';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import { plainHtml, RichText } from '../../ui/rich-text';

/** Props of {@link OptionItem}. */
export interface OptionItemProps {
  option: Option;
  /** Radio-group name; a checkbox when the question takes several answers. */
  name: string;
  multi: boolean;
  chosen: boolean;
  /** After checking: marks and explanations show and the input locks. */
  revealed: boolean;
  /** Once revealed, whether the explanation is drawn yet (a long question's are drawn a few at a time); default yes. */
  explained?: boolean;
  onChoose?: (label: string) => void;
  /** Pointing at or focusing the option (null when leaving), to light up the flow. */
  onPoint?: (label: string | null) => void;
  /** Shown under a right option no bullet explains: the note's own reason. */
  reason?: ReactNode;
}

/** One option: a real radio or checkbox with its label, and once revealed its mark and explanation. */
export function OptionItem({ option, name, multi, chosen, revealed, explained = true, onChoose, onPoint, reason }: OptionItemProps) {
  const t = useT(quizMessages);
  const id = `${name}-${option.label}`;
  const mark = !revealed ? null
    : chosen ? (option.correct ? t('markYourRight') : t('markYourWrong'))
    : option.correct ? (multi ? t('markMissed') : t('markRight')) : null;
  const state = !revealed ? '' : option.correct ? ' is-right' : chosen ? ' is-wrong' : '';
  return (
    <li
      className={`quiz-option${chosen ? ' is-chosen' : ''}${state}`}
      onPointerEnter={() => onPoint?.(option.label)}
      onPointerLeave={() => onPoint?.(null)}
      onFocus={() => onPoint?.(option.label)}
      onBlur={() => onPoint?.(null)}
    >
      <label className="quiz-option-choice" htmlFor={id}>
        <input
          id={id}
          type={multi ? 'checkbox' : 'radio'}
          name={name}
          value={option.label}
          checked={chosen}
          disabled={revealed}
          aria-describedby={revealed ? `${id}-mark ${id}-explanation` : undefined}
          onChange={() => onChoose?.(option.label)}
        />
        <span className="quiz-option-letter" aria-hidden="true">{option.label}</span>
        <span className="visually-hidden">{option.label}.</span>{' '}
        <span className="quiz-option-text"><RichText inline html={option.html?.text ?? plainHtml(option.text)} /></span>
      </label>
      {revealed && (
        <div className="quiz-option-reveal">
          <p id={`${id}-mark`} className="quiz-option-mark">
            {mark && <span className={`chip ${option.correct ? 'quiz-chip-right' : 'quiz-chip-wrong'}`}>{option.correct ? '✓ ' : '✗ '}{mark}</span>}
          </p>
          <div id={`${id}-explanation`} className="quiz-option-explanation">
            {!explained ? null
              : option.explanation ? <RichText className="quiz-option-explanation-text" html={option.html?.explanation ?? plainHtml(option.explanation)} /> 
              : option.correct && reason ? reason
              : <p className="muted">{t('noExplanation')}</p>}
          </div>
        </div>
      )}
    </li>
  );
}
