// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation, useParams } from 'react-router';
import type { NoteSummary } from '../../content/note-summary';
import { TagNotesView } from './tag-notes-view';
import { TagTreeView } from './tag-tree-view';
import { buildTagTree } from '../../search/tag-tree';
import { decodeTagPath } from '../../content/tag-url';
import { StatusSourceContext, type StatusSource } from '../status/status-source';
import { createValueStore } from '../../ui/value-store';
import userEvent from '@testing-library/user-event';

const summary = (slug: string, title: string, tags: string[], questionCount: number): NoteSummary => ({
  slug, file: `${slug}.md`, title, tags, aliases: [], questionCount, questionIds: [], errorCount: 0,
});

const notes: NoteSummary[] = [
  summary('kms', 'KMS 암호화', ['service/kms', 'security/encryption'], 1),
  summary('s3', 'S3 버킷', ['service/s3'], 2),
  summary('reading', '읽기 노트', ['service/s3/lifecycle'], 0),
];

function Where() {
  const location = useLocation();
  return <p>At {decodeURIComponent(location.pathname + location.search)}</p>;
}

function TagRoute() {
  return <TagNotesView tag={decodeTagPath(useParams()['*'] ?? '')} notes={notes} />;
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/tags', element: <TagTreeView nodes={buildTagTree(notes)} label="All tags" /> },
      { path: '/tags/*', element: <TagRoute /> },
      { path: '*', element: <Where /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('TagTreeView', () => {
  test('nests narrower tags under their parent with note counts', () => {
    renderAt('/tags');
    const tree = screen.getByRole('list', { name: 'All tags' });
    const service = within(tree).getByRole('link', { name: 'service' }).closest('li')!;
    expect(service).toHaveTextContent('service 3 notes');
    const s3 = within(service).getByRole('link', { name: 's3' });
    expect(s3).toHaveAttribute('href', '/tags/service/s3');
    const s3Item = s3.closest('li')!;
    expect(s3Item).toHaveTextContent(/^s3 2 notes/);
    expect(within(s3Item).getByRole('link', { name: 'lifecycle' }).closest('li')).toHaveTextContent('lifecycle 1 note');
  });
});

describe('TagNotesView', () => {
  test('lists the notes of a tag and of its narrower tags, with a breadcrumb', () => {
    renderAt('/tags/service/s3');
    expect(screen.getByRole('heading', { level: 1, name: 'Tag: service/s3' })).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Tag path' });
    expect(within(crumbs).getByRole('link', { name: 'service' })).toHaveAttribute('href', '/tags/service');
    const list = screen.getByRole('region', { name: 'Notes' });
    expect(within(list).getAllByRole('link').map((a) => a.textContent)).toEqual(['S3 버킷', '읽기 노트']);
    expect(screen.getByRole('region', { name: 'Narrower tags' })).toHaveTextContent('lifecycle');
    expect(screen.getByText('2 notes · 2 questions')).toBeInTheDocument();
  });

  test('"Quiz this tag" goes to practice for that tag', async () => {
    const router = renderAt('/tags/service/kms');
    const quiz = screen.getByRole('link', { name: 'Quiz this tag' });
    quiz.click();
    expect(await screen.findByText('At /practice?tag=service/kms')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tag=service%2Fkms');
  });

  test('offers no quiz for a tag whose notes have no questions', () => {
    renderAt('/tags/service/s3/lifecycle');
    expect(screen.queryByRole('link', { name: 'Quiz this tag' })).not.toBeInTheDocument();
    expect(screen.getByText('1 note · no questions')).toBeInTheDocument();
  });

  test('says so when no note has the tag', () => {
    renderAt('/tags/nothing/here');
    expect(screen.getByRole('status')).toHaveTextContent('No note has the tag “nothing/here”.');
  });

  test('matches tags case-insensitively and shows the spelling the notes use', () => {
    renderAt('/tags/SERVICE/KMS');
    expect(screen.getByRole('heading', { level: 1, name: 'Tag: service/kms' })).toBeInTheDocument();
  });
});

describe('a deep tag in the URL', () => {
  test('the breadcrumb stops at the deepest level a tag keeps, each level linking to its own path', () => {
    const deep = Array.from({ length: 5_000 }, (_, i) => `l${i}`).join('/');
    renderAt(`/tags/${deep}`);
    const crumbs = within(screen.getByRole('navigation', { name: 'Tag path' })).getAllByRole('listitem');
    expect(crumbs).toHaveLength(1 + 10);
    expect(within(crumbs[2]!).getByRole('link')).toHaveAttribute('href', '/tags/l0/l1');
  });
});

describe('status filter on a tag page', () => {
  const tagged: NoteSummary[] = [
    { ...summary('right', 'All right', ['aws/s3'], 1), questionIds: ['q-right'] },
    { ...summary('wrong', 'Got one wrong', ['aws/s3'], 2), questionIds: ['q-wrong', 'q-untried'] },
    { ...summary('flagged', 'Flagged one', ['aws/s3/lifecycle'], 1), questionIds: ['q-flagged'] },
  ];
  const source: StatusSource = {
    records: new Map([['q-right', { tries: 1, right: 1, lastCorrect: true }], ['q-wrong', { tries: 2, right: 1, lastCorrect: false }], ['q-flagged', { tries: 1, right: 1, lastCorrect: true }]]),
    flagged: new Set(['q-flagged']),
  };

  function renderTag(path: string) {
    const router = createMemoryRouter(
      [{ path: '/tags/*', element: <TagNotesView tag={decodeTagPath(path.split('?')[0]!.replace('/tags/', ''))} notes={tagged} /> }],
      { initialEntries: [path] },
    );
    render(<StatusSourceContext.Provider value={createValueStore(source)}><RouterProvider router={router} /></StatusSourceContext.Provider>);
    return router;
  }
  const listed = () => within(screen.getByRole('region', { name: 'Notes' })).queryAllByRole('link').map((a) => a.textContent);

  test.each([
    ['', ['All right', 'Got one wrong', 'Flagged one'], ''],
    ['?status=wrong', ['Got one wrong'], '1 of 3 notes'],
    ['?status=untried', ['Got one wrong'], '1 of 3 notes'],
    ['?status=right', ['All right', 'Flagged one'], '2 of 3 notes'],
    ['?status=flagged', ['Flagged one'], '1 of 3 notes'],
  ])('the URL query %j lists %j and says %j', (search, titles, line) => {
    renderTag(`/tags/aws/s3${search}`);
    expect(listed()).toEqual(titles);
    expect(screen.getByRole('status')).toHaveTextContent(line);
  });

  test('the status chosen goes to the URL, with the same control as All notes and no tag or view control', async () => {
    const router = renderTag('/tags/aws/s3');
    expect(screen.queryByRole('combobox', { name: 'Tag' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Show as' })).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Wrong last time');
    expect(router.state.location.search).toBe('?status=wrong');
    expect(listed()).toEqual(['Got one wrong']);
  });

  test('when no note is left, clearing the filter lists them all again', async () => {
    const router = renderTag('/tags/aws/s3/lifecycle?status=wrong');
    expect(listed()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(listed()).toEqual(['Flagged one']);
  });
});
