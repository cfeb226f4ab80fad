import { useEffect, useState } from 'react';
import type { NoteSummary } from '../../content/note-summary';

let cached: Promise<NoteSummary[]> | null = null;

/** Loads the summaries of every note once, on demand, so the home page does not ship them up front. */
export function loadNoteIndex(): Promise<NoteSummary[]> {
  cached ??= import('virtual:examflow/index').then(
    (module) => module.notes,
    (error: unknown) => {
      cached = null;
      throw error;
    },
  );
  return cached;
}

/** The note summaries once `enabled` has been true (null until loaded, or when loading failed). */
export function useNoteIndex(enabled: boolean): NoteSummary[] | null {
  const [notes, setNotes] = useState<NoteSummary[] | null>(null);
  useEffect(() => {
    if (!enabled || notes) return undefined;
    let live = true;
    loadNoteIndex().then(
      (loaded) => live && setNotes(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [enabled, notes]);
  return notes;
}
