import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import { useModalDialog } from '../../ui/use-modal-dialog';

/** The keyboard shortcuts of practice or an exam, in a modal dialog opened with `?`. */
export function ShortcutsDialog({ open, mode, onClose }: { open: boolean; mode: 'practice' | 'exam'; onClose: () => void }) {
  const t = useT(quizMessages);
  const ref = useModalDialog(open, onClose);
  const rows: [string, string][] = mode === 'exam'
    ? [
        ['1–6', t('keyDigits')],
        ['A–E', t('keyChooseExam')],
        ['Enter', t('keyEnterExam')],
        ['← →', t('keyArrows')],
        ['F', t('keyFlag')],
        ['?', t('keyHelp')],
      ]
    : [['1–6', t('keyDigits')], ['A–F', t('keyChoose')], ['Enter', t('keyEnter')], ['?', t('keyHelp')]];
  return (
    <dialog ref={ref} className="quiz-dialog card" aria-labelledby="shortcuts-title">
      {open && (
        <>
          <h2 id="shortcuts-title">{t('shortcuts')}</h2>
          <dl className="quiz-shortcut-list">
            {rows.map(([keys, action]) => (
              <div key={keys}>
                <dt><kbd>{keys}</kbd></dt>
                <dd>{action}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">{t('keyNote')}</p>
          <button type="button" className="btn btn-primary" onClick={onClose} data-autofocus>{t('close')}</button>
        </>
      )}
    </dialog>
  );
}
