// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation, useParams } from 'react-router';
import type { NoteSummary } from '../../content/note-summary';
import { TagNotesView } from './tag-notes-view';
import { TagTreeView } from './tag-tree-view';
import { buildTagTree } from '../../search/tag-tree';
import { decodeTagPath } from '../../content/tag-url';

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
