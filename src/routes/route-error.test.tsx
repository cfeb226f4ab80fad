// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, data, RouterProvider } from 'react-router';
import { useSettings } from '../store/settings';
import { RouteError } from './route-error';

function renderAt(path: string) {
  const missing = () => {
    throw data(null, { status: 404 });
  };
  const broken = () => {
    throw new Error('chunk failed');
  };
  const router = createMemoryRouter(
    [
      { path: '/notes/:slug', loader: missing, element: null, errorElement: <RouteError /> },
      { path: '/exam', loader: broken, element: null, errorElement: <RouteError /> },
      { path: '*', loader: missing, element: null, errorElement: <RouteError /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
}

describe('RouteError', () => {
  afterEach(() => useSettings.setState({ language: 'en' }));

  test.each([
    ['en', '/notes/gone', 'Note not found'],
    ['ko', '/notes/gone', '노트를 찾을 수 없습니다'],
    ['en', '/no/such/page', 'Page not found'],
    ['ko', '/no/such/page', '페이지를 찾을 수 없습니다'],
    ['en', '/exam', 'Something went wrong on this page'],
  ] as const)('%s %s: the heading and the tab say %s', async (language, path, title) => {
    useSettings.setState({ language });
    renderAt(path);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${title} · examflow`));
  });
});
