import { useContext, useSyncExternalStore } from 'react';
import { statusMessages } from '../../i18n/messages/status';
import { useT } from '../../i18n/use-t';
import { noteStatusOf } from '../../progress/question-status';
import { StatusSourceContext, type StatusStore } from './status-source';

/** What a slot shows: its note's right, wrong and flagged counts, or null for a note never tried (or not yet known). */
interface ShownStatus {
  right: number;
  wrong: number;
  flagged: number;
}

/**
 * A note's status in a list: "✓2 ✗1 ⚑1" (its questions by their latest answer, and flags), in a slot of fixed
 * width that is empty in the pre-render and for a note never tried, so rows never move when it fills.
 */
export function NoteStatusSlot({ questionIds }: { questionIds: readonly string[] }) {
  const t = useT(statusMessages);
  const status = useShownStatus(useContext(StatusSourceContext), questionIds);
  if (questionIds.length === 0) return null;
  const spoken = status ? [t('noteStatus', { right: status.right, wrong: status.wrong }), status.flagged > 0 ? t('noteFlagged', { count: status.flagged }) : ''].filter(Boolean).join(', ') : '';
  return (
    <span className="status-note">
      {status && (
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

/**
 * The slot's status, read as what it shows ("right wrong flagged", or null): a slot re-renders only when that
 * changes, so the source arriving after hydration (empty on a first visit) re-renders none of a long list's
 * untried slots, which would otherwise all re-render in one synchronous task.
 */
function useShownStatus(store: StatusStore, questionIds: readonly string[]): ShownStatus | null {
  const key = useSyncExternalStore(store.subscribe, () => shownKey(store, questionIds), () => null);
  if (key === null) return null;
  const [right = 0, wrong = 0, flagged = 0] = key.split(' ').map(Number);
  return { right, wrong, flagged };
}

function shownKey(store: StatusStore, questionIds: readonly string[]): string | null {
  const source = store.get();
  if (!source) return null;
  const { right, wrong, flagged } = noteStatusOf(questionIds, source.records, source.flagged);
  return right + wrong > 0 || flagged > 0 ? `${right} ${wrong} ${flagged}` : null;
}
