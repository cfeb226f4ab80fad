import type { ReactNode } from 'react';
import { statusMessages } from '../../i18n/messages/status';
import { useT } from '../../i18n/use-t';

/** Props of {@link FilterOutcome}. */
export interface FilterOutcomeProps {
  /** Whether any filter is set. */
  filtered: boolean;
  /** The notes the filters keep; null while a status filter waits for the saved progress. */
  shown: number | null;
  total: number;
  /** What the line says when nothing filters (the page's own count), or nothing. */
  plain?: ReactNode;
  /** Clears the filters (status and tag), for when none is left. */
  onClear: () => void;
}

/**
 * What a notes list's filters left: "3 of 9 notes" in a status line (announced as it changes), and when
 * no note is left, a way to clear the filters.
 */
export function FilterOutcome({ filtered, shown, total, plain = null, onClear }: FilterOutcomeProps) {
  const s = useT(statusMessages);
  return (
    <>
      <p className="muted notes-shown" role="status">{filtered ? s('shown', { shown: shown ?? '…', total }) : plain}</p>
      {shown === 0 && (
        <p>
          {s('noneShown')}{' '}
          <button type="button" className="btn btn-small" onClick={onClear}>{s('clearFilters')}</button>
        </p>
      )}
    </>
  );
}
