// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import type { NoteSummary } from '../../content/note-summary';
import type { NoteFilters } from '../../progress/note-filters';
import { EMPTY_SOURCE, type StatusSource } from '../status/status-source';
import { useFilteredNotes } from './filtered-notes';

const note = (slug: string, questionIds: string[]): NoteSummary => ({
  slug, file: `${slug}.md`, title: slug, tags: [], aliases: [], questionCount: questionIds.length, questionIds, errorCount: 0,
});
const notes = [note('a', ['a-1']), note('b', ['b-1'])];
const answered: StatusSource = { records: new Map([['a-1', { tries: 1, right: 1, lastCorrect: true }]]), flagged: new Set() };
const filters = (status: NoteFilters['status']): NoteFilters => ({ status, tag: null, view: 'list' });

describe('useFilteredNotes', () => {
  test('without a status filter, the status source arriving hands back the same list (nothing to draw again)', () => {
    const { result, rerender } = renderHook(({ source }) => useFilteredNotes(notes, filters(null), source), {
      initialProps: { source: null as StatusSource | null },
    });
    const first = result.current;
    expect(first?.map((n) => n.slug)).toEqual(['a', 'b']);
    rerender({ source: EMPTY_SOURCE });
    expect(result.current).toBe(first);
  });

  test('with a status filter, waits for the source and then keeps the notes of that status', () => {
    const { result, rerender } = renderHook(({ source }) => useFilteredNotes(notes, filters('right'), source), {
      initialProps: { source: null as StatusSource | null },
    });
    expect(result.current).toBeNull();
    rerender({ source: answered });
    expect(result.current?.map((n) => n.slug)).toEqual(['a']);
  });
});
