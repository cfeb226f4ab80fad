// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { useSettings } from '../store/settings';
import { AppLayout } from './app-layout';

// Counts how often the header draws its theme button: the frame draws it on every render of its own.
const toggleRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('./theme-toggle', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./theme-toggle')>();
  return {
    ThemeToggle: (props: Parameters<typeof actual.ThemeToggle>[0]) => {
      toggleRenders.count += 1;
      return actual.ThemeToggle(props);
    },
  };
});
// The search launcher's index only exists inside the Vite plugin; the frame needs only its button here.
vi.mock('./search/search-launcher', () => ({ SearchLauncher: () => <button type="button">Search</button> }));

test('the frame is not drawn again when settings it does not show change (as the saved settings arrive at every start)', () => {
  const router = createMemoryRouter([{ path: '/', element: <AppLayout />, children: [{ index: true, element: <p>page</p> }] }]);
  render(<RouterProvider router={router} />);
  expect(screen.getByText('page')).toBeTruthy();
  const before = toggleRenders.count;
  act(() => useSettings.setState({ examMinutes: useSettings.getState().examMinutes + 1 }));
  expect(toggleRenders.count).toBe(before);
  act(() => useSettings.setState({ theme: 'dark' }));
  expect(toggleRenders.count).toBe(before + 1);
  expect(screen.getByRole('button', { name: /light/i })).toBeTruthy();
});
