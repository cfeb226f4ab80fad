// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import type { NoteSummary } from '../../content/note-summary';
import { TagNotesView } from './tag-notes-view';

// Counts the router links drawn: each is a component with hooks of its own, hydrated in the page's first task.
const linkRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('react-router', async (importOriginal) => {
  const actual = await importOriginal<typeof import('react-router')>();
  return {
    ...actual,
    Link: (props: Parameters<typeof actual.Link>[0]) => {
      linkRenders.count += 1;
      return <actual.Link {...props} />;
    },
  };
});

const notesOf = (count: number): NoteSummary[] => Array.from({ length: count }, (_, i) => ({
  slug: `n${i}`, file: `n${i}.md`, title: `Note ${i}`, tags: [`topic/sub${i}`], aliases: [], questionCount: 1, questionIds: [`n${i}-1`], errorCount: 0,
}));

function Where() {
  const location = useLocation();
  return <p>At {location.pathname + location.search}</p>;
}

function renderTag(notes: NoteSummary[], basename?: string) {
  const base = basename ?? '';
  const router = createMemoryRouter(
    [{ path: '/tags/*', element: <TagNotesView tag="topic" notes={notes} /> }, { path: '*', element: <Where /> }],
    { initialEntries: [`${base}/tags/topic`], basename },
  );
  return render(<RouterProvider router={router} />);
}

/** The router links drawn by a tag page listing `count` notes (and as many narrower tags). */
function routerLinksFor(count: number): number {
  linkRenders.count = 0;
  const { unmount } = renderTag(notesOf(count));
  expect(screen.getAllByRole('link', { name: /^Note / })).toHaveLength(count);
  unmount();
  return linkRenders.count;
}

test('a tag page draws as many router links for 30 notes and sub-tags as for 3: its rows are plain links', () => {
  expect(routerLinksFor(30)).toBe(routerLinksFor(3));
});

test.each([[undefined], ['/examflow']])('under the base path %s, a row links to its note and a click opens it in the app, remembering the list', async (basename) => {
  renderTag(notesOf(2), basename);
  const row = screen.getByRole('link', { name: 'Note 1' });
  expect(row.getAttribute('href')).toBe(`${basename ?? ''}/notes/n1?in=tag%3Atopic`);
  const sub = screen.getByRole('link', { name: 'sub0' });
  expect(sub.getAttribute('href')).toBe(`${basename ?? ''}/tags/topic/sub0`);
  sessionStorage.clear();
  await userEvent.click(row);
  expect(await screen.findByText(`At /notes/n1?in=tag%3Atopic`)).toBeInTheDocument();
  // The note page offers the previous and next of the notes listed.
  expect(sessionStorage.getItem('examflow-reading-list')).toContain('"n0"');
});
