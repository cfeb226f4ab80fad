import { useMemo } from 'react';
import type { NoteSummary } from '../../content/note-summary';
import { hasTag, matchesStatus, type NoteFilters } from '../../progress/note-filters';
import { noteStatusOf } from '../../progress/question-status';
import type { StatusSource } from '../status/status-source';

/**
 * The notes the filters keep, in the given order; null while a status filter waits for the saved progress
 * (showing every note first and then taking most away would flash).
 */
export function useFilteredNotes(notes: readonly NoteSummary[], filters: NoteFilters, source: StatusSource | null): NoteSummary[] | null {
  return useMemo(() => {
    if (filters.status && !source) return null;
    return notes.filter((note) =>
      (!filters.tag || hasTag(note.tags, filters.tag)) &&
      (!filters.status || !source || matchesStatus(noteStatusOf(note.questionIds, source.records, source.flagged), filters.status)));
  }, [notes, filters.status, filters.tag, source]);
}
