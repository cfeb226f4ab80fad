// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { NoteSummary } from '../../content/note-summary';
import { createValueStore } from '../../ui/value-store';
import { EMPTY_SOURCE, StatusSourceContext, type StatusSource } from '../status/status-source';
import { TagNotesView } from './tag-notes-view';

// Counts how often the rows' status slots are drawn (each row draws one), and the tags' names (each narrower tag draws one).
const slotRenders = vi.hoisted(() => ({ count: 0 }));
const tagRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../ui/tag-text', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../ui/tag-text')>();
  return {
    ...actual,
    TagText: (props: Parameters<typeof actual.TagText>[0]) => {
      // The narrower tags' names (a, b, c), not the page's own tag in its heading and breadcrumb.
      if (props.tag.length === 1) tagRenders.count += 1;
      return actual.TagText(props);
    },
  };
});
vi.mock('../status/note-status-slot', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../status/note-status-slot')>();
  return {
    NoteStatusSlot: (props: Parameters<typeof actual.NoteStatusSlot>[0]) => {
      slotRenders.count += 1;
      return actual.NoteStatusSlot(props);
    },
  };
});

const notes: NoteSummary[] = ['a', 'b', 'c'].map((slug) => ({
  slug, file: `${slug}.md`, title: `Note ${slug}`, tags: ['topic', `topic/${slug}`], aliases: [], questionCount: 1, questionIds: [`${slug}-1`], errorCount: 0,
}));

test('the rows and narrower tags of a tag page are not drawn again when the page re-renders for the status source of a first visit', () => {
  const store = createValueStore<StatusSource>();
  const router = createMemoryRouter([{ path: '/tags/*', element: <TagNotesView tag="topic" notes={notes} /> }], { initialEntries: ['/tags/topic'] });
  render(<StatusSourceContext.Provider value={store}><RouterProvider router={router} /></StatusSourceContext.Provider>);
  expect(screen.getAllByRole('link', { name: /^Note / })).toHaveLength(3);
  expect(screen.getAllByRole('link', { name: /^[abc]$/ })).toHaveLength(3);
  const before = slotRenders.count;
  const tagsBefore = tagRenders.count;
  act(() => store.set(EMPTY_SOURCE));
  expect(slotRenders.count).toBe(before);
  expect(tagRenders.count).toBe(tagsBefore);
  expect(screen.getAllByRole('link', { name: /^Note / })).toHaveLength(3);
});
