import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';

/** Props of {@link Verdict}. */
export interface VerdictProps {
  revealed: boolean;
  correct: boolean;
  /** The right answer in display labels. */
  answer: readonly string[];
  guessed: boolean;
  onGuessed: (guessed: boolean) => void;
}

/**
 * The verdict after checking, in a live region that exists before it fills (so screen readers hear
 * it), with the "I guessed" toggle that spaced repetition reads.
 */
export function Verdict({ revealed, correct, answer, guessed, onGuessed }: VerdictProps) {
  const t = useT(quizMessages);
  return (
    <div className={`quiz-verdict${revealed ? (correct ? ' is-right' : ' is-wrong') : ''}`}>
      <p role="status" className="quiz-verdict-text">
        {revealed && (correct ? `✓ ${t('correct')}` : `✗ ${t('incorrect', { labels: answer.join(', ') })}`)}
      </p>
      {revealed && (
        <>
          <label className="quiz-guessed">
            <input type="checkbox" checked={guessed} onChange={(event) => onGuessed(event.target.checked)} aria-describedby="guessed-hint" />
            {t('guessed')}
          </label>
          <span id="guessed-hint" className="visually-hidden">{t('guessedHint')}</span>
        </>
      )}
    </div>
  );
}
