import { useRef, useState } from 'react';
import { settingsMessages } from '../../i18n/messages/settings';
import { useT } from '../../i18n/use-t';
import { progressStore, useProgress } from '../../store/progress';

/** Deletes all progress after a confirmation dialog that says how much would go. */
export function ResetProgress() {
  const t = useT(settingsMessages);
  const dialog = useRef<HTMLDialogElement>(null);
  const attempts = useProgress((state) => state.attempts.length);
  const exams = useProgress((state) => state.exams.length);
  const [done, setDone] = useState(false);

  const open = () => {
    setDone(false);
    const element = dialog.current;
    if (!element) return;
    // A modal dialog traps focus and closes on Escape; without showModal it still opens in place.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  };
  const close = () => {
    const element = dialog.current;
    if (typeof element?.close === 'function') element.close();
    else element?.removeAttribute('open');
  };

  return (
    <div className="stack">
      <button type="button" className="btn btn-danger" onClick={open}>{t('reset')}</button>
      <dialog ref={dialog} className="settings-dialog" aria-labelledby="reset-title" aria-describedby="reset-body">
        <h2 id="reset-title">{t('resetTitle')}</h2>
        <p id="reset-body">{t('resetBody', { attempts, exams })}</p>
        <div className="row">
          <button type="button" className="btn" autoFocus onClick={close}>{t('cancel')}</button>
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => {
              progressStore.getState().reset();
              close();
              setDone(true);
            }}
          >
            {t('resetConfirm')}
          </button>
        </div>
      </dialog>
      <div role="status">{done && <p className="settings-ok">{t('resetDone')}</p>}</div>
    </div>
  );
}
