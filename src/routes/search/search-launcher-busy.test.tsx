// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { SearchLauncher } from './search-launcher';

// The dialog's code arrives only when the test lets it, as on a slow link.
const dialogCode = vi.hoisted(() => {
  let arrive!: () => void;
  return { arrived: new Promise<void>((resolve) => (arrive = resolve)), arrive: () => arrive() };
});
vi.mock('./search-dialog', async (importOriginal) => {
  await dialogCode.arrived;
  return importOriginal();
});
vi.mock('../../search/load-index', () => ({ loadSearchIndex: () => new Promise(() => {}) }));

test("a search asked for says it was heard (busy) while its dialog's code is on its way, and no longer once it shows", async () => {
  render(<MemoryRouter><SearchLauncher /></MemoryRouter>);
  const button = screen.getByRole('button', { name: 'Search notes' });
  expect(button).not.toHaveAttribute('aria-busy');
  await userEvent.click(button);
  expect(button).toHaveAttribute('aria-busy', 'true');
  dialogCode.arrive();
  await screen.findByRole('combobox', { name: 'Search notes' });
  await waitFor(() => expect(button).not.toHaveAttribute('aria-busy'));
});
