import { useMemo } from 'react';
import type { NoteSummary } from '../../content/note-summary';
import { hasTag, matchesStatus, type NoteFilters } from '../../progress/note-filters';
import { noteStatusOf } from '../../progress/question-status';
import type { StatusSource } from '../status/status-source';

/**
 * The notes the filters keep, in the given order; null while a status filter waits for the saved progress
 * (showing every note first and then taking most away would flash). Without a status filter the status source
 * is not read, so its arrival after hydration hands back the same list and a long list is not drawn again.
 */
export function useFilteredNotes<T extends Pick<NoteSummary, 'tags' | 'questionIds'>>(notes: readonly T[], filters: NoteFilters, source: StatusSource | null): T[] | null {
  const { status, tag } = filters;
  const statusSource = status ? source : null;
  return useMemo(() => {
    if (status && !statusSource) return null;
    return notes.filter((note) =>
      (!tag || hasTag(note.tags, tag)) &&
      (!status || !statusSource || matchesStatus(noteStatusOf(note.questionIds, statusSource.records, statusSource.flagged), status)));
  }, [notes, status, tag, statusSource]);
}
