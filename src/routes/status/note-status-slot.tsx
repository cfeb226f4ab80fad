import { statusMessages } from '../../i18n/messages/status';
import { useT } from '../../i18n/use-t';
import { noteStatusOf } from '../../progress/question-status';
import { useStatusSource } from './status-source';

/**
 * A note's status in a list: "✓2 ✗1 ⚑1" (its questions by their latest answer, and flags), in a slot of fixed
 * width that is empty in the pre-render and for a note never tried, so rows never move when it fills.
 */
export function NoteStatusSlot({ questionIds }: { questionIds: readonly string[] }) {
  const t = useT(statusMessages);
  const source = useStatusSource();
  if (questionIds.length === 0) return null;
  const status = source ? noteStatusOf(questionIds, source.records, source.flagged) : null;
  const tried = status !== null && (status.right + status.wrong > 0 || status.flagged > 0);
  const spoken = status ? [t('noteStatus', { right: status.right, wrong: status.wrong }), status.flagged > 0 ? t('noteFlagged', { count: status.flagged }) : ''].filter(Boolean).join(', ') : '';
  return (
    <span className="status-note">
      {tried && (
        <>
          <span aria-hidden="true">
            {status.right > 0 && <span className="status-right">✓{status.right}</span>}
            {status.wrong > 0 && <span className="status-wrong">✗{status.wrong}</span>}
            {status.flagged > 0 && <span className="status-flagged">⚑{status.flagged}</span>}
          </span>
          <span className="visually-hidden">{spoken}</span>
        </>
      )}
    </span>
  );
}
