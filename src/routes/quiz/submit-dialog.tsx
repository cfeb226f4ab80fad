import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import type { Session } from '../../quiz/session';
import { shortIds, unansweredIds } from '../../quiz/session';
import { useModalDialog } from '../../ui/use-modal-dialog';

/** Props of {@link SubmitDialog}. */
export interface SubmitDialogProps {
  open: boolean;
  session: Session;
  onCancel: () => void;
  onSubmit: () => void;
  onGo: (index: number) => void;
}

/**
 * Asks before submitting an exam, saying how many questions are not answered (and what becomes of them) and
 * how many have fewer options chosen than they ask for, listing both with a way to go to each.
 */
export function SubmitDialog({ open, session, onCancel, onSubmit, onGo }: SubmitDialogProps) {
  const t = useT(quizMessages);
  const ref = useModalDialog(open, onCancel);
  const unanswered = unansweredIds(session);
  const short = shortIds(session);
  const total = session.questionIds.length;
  const described = ['submit-body', ...(unanswered.length > 0 ? ['submit-unanswered'] : []), ...(short.length > 0 ? ['submit-short'] : [])];
  const goButtons = (ids: string[]) => (
    <ul className="row quiz-exam-unanswered">
      {ids.map((id) => {
        const index = session.questionIds.indexOf(id);
        return (
          <li key={id}>
            <button type="button" className="btn btn-small" onClick={() => onGo(index)}>{t('goToQuestion', { n: index + 1 })}</button>
          </li>
        );
      })}
    </ul>
  );
  return (
    <dialog ref={ref} className="quiz-dialog card" aria-labelledby="submit-title" aria-describedby={described.join(' ')}>
      {open && (
        <>
          <h2 id="submit-title">{t('submitTitle')}</h2>
          <p id="submit-body">{t('submitBody', { answered: total - unanswered.length, total })}</p>
          {unanswered.length > 0 && (
            <>
              <p id="submit-unanswered">
                <strong>{unanswered.length === 1 ? t('submitUnansweredOne') : t('submitUnanswered', { count: unanswered.length })}</strong>
              </p>
              <p>{t('unansweredList')}</p>
              {goButtons(unanswered)}
            </>
          )}
          {short.length > 0 && (
            <>
              <p id="submit-short"><strong>{short.length === 1 ? t('submitShortOne') : t('submitShort', { count: short.length })}</strong></p>
              <p>{t('shortList')}</p>
              {goButtons(short)}
            </>
          )}
          {unanswered.length === 0 && short.length === 0 && <p>{t('allAnswered')}</p>}
          <div className="row">
            <button type="button" className="btn" onClick={onCancel} data-autofocus>{t('keepWorking')}</button>
            <button type="button" className="btn btn-primary" onClick={onSubmit}>{t('confirmSubmit')}</button>
          </div>
        </>
      )}
    </dialog>
  );
}
