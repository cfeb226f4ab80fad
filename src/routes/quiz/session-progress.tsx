import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';

/** How far through the session the learner is, as a labelled progress bar. */
export function SessionProgress({ done, total, text }: { done: number; total: number; text: string }) {
  const t = useT(quizMessages);
  const share = total > 0 ? Math.min(100, Math.round((100 * done) / total)) : 0;
  return (
    <div className="quiz-progress">
      <div
        className="quiz-progress-bar"
        role="progressbar"
        aria-label={t('sessionProgress')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
      >
        {/* An SVG rect's width is an attribute, not a style: the pre-rendered page needs no inline style (CSP). */}
        <svg className="quiz-progress-fill" aria-hidden="true" focusable="false">
          <rect width={`${share}%`} height="100%" />
        </svg>
      </div>
      <span className="muted" aria-hidden="true">{text}</span>
    </div>
  );
}
