// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { emptyNote } from '../../content/empty-note';
import type { Note } from '../../content/types';
import { buildSearchIndex } from '../../search/build-index';
import { EARLY_SEARCH_KEY } from '../../search/early-search';
import { SearchLauncher } from './search-launcher';
import { parseSearchIndex, searchNotes } from '../../search/search-notes';
import { localEngine } from '../../search/search-engine';
import { useSettings } from '../../store/settings';

function note(slug: string, heading: string, markdown: string, tags: string[] = []): Note {
  return emptyNote(`${slug}.md`, slug, slug, { heading, tags, blocks: [{ kind: 'markdown', markdown }] });
}

const loader = vi.hoisted(() => ({ fail: 0, extra: 0, calls: 0, broken: false, cached: null as Promise<unknown> | null }));

// The virtual module only exists inside the Vite plugin; the loader stands in for it here.
vi.mock('../../search/load-index', () => ({
  // Like the real loader: one load per visit, a failure forgotten so the next call tries again.
  loadSearchIndex: () => {
    loader.calls += 1;
    if (loader.fail > 0) {
      loader.fail -= 1;
      return Promise.resolve({ ok: false, reason: 'offline' });
    }
    // An engine whose worker died after loading: it refuses every query, and the next load starts afresh.
    if (loader.broken) {
      const search = () => {
        loader.broken = false;
        loader.cached = null;
        return Promise.reject(new Error('worker crashed'));
      };
      return (loader.cached ??= Promise.resolve({ ok: true, engine: { search } }));
    }
    return (loader.cached ??= Promise.resolve(
      engineOf(parseSearchIndex(
        buildSearchIndex([
          note('kms-s3', 'KMS로 암호화된 S3 데이터', 'KMS 키 정책으로 복호화 권한을 준다.', ['service/kms']),
          note('glue', 'AWS Glue 데이터 카탈로그', '크롤러가 S3 데이터의 스키마를 추론한다.', ['service/glue']),
          ...Array.from({ length: loader.extra }, (_, i) => note(`extra-${i}`, `추가 데이터 ${i}`, '데이터')),
        ]),
      )),
    ));
  },
}));

function engineOf(parsed: ReturnType<typeof parseSearchIndex>) {
  if (!parsed.ok) return parsed;
  const { index } = parsed;
  return { ok: true as const, engine: localEngine({ search: (query, limit) => Promise.resolve(searchNotes(index, query, { limit })) }) };
}

function NotePage() {
  const { slug } = useParams();
  return <h1>Note {slug}</h1>;
}

function renderApp() {
  const router = createMemoryRouter([
    { path: '/', element: <><SearchLauncher /><input aria-label="Other field" /></> },
    { path: '/notes/:slug', element: <NotePage /> },
  ]);
  render(<RouterProvider router={router} />);
  return router;
}

describe('SearchLauncher', () => {
  beforeEach(() => {
    loader.cached = null;
  });

  test('a search asked for before the app ran opens once it runs, with focus in the field, and only once', async () => {
    const stop = vi.fn();
    Object.assign(window, { [EARLY_SEARCH_KEY]: { asked: true, stop } });
    renderApp();
    const input = await screen.findByRole('combobox', { name: 'Search notes' });
    await waitFor(() => expect(input).toHaveFocus());
    expect(stop).toHaveBeenCalledTimes(1);
    expect(EARLY_SEARCH_KEY in window).toBe(false);
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  test('finds a note by a partial Korean word, moves with arrows and opens it with Enter', async () => {
    const user = userEvent.setup();
    const router = renderApp();
    await user.click(screen.getByRole('button', { name: 'Search notes' }));
    const input = await screen.findByRole('combobox', { name: 'Search notes' });
    // The dialog focuses its field in an effect once it has mounted: wait for it, as a reader would.
    await waitFor(() => expect(input).toHaveFocus());
    await user.type(input, '데이터');
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(2);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('2 notes found.');
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: /Note/ })).toBeInTheDocument();
    const second = options[1]!.textContent?.includes('Glue') ? 'glue' : 'kms-s3';
    expect(router.state.location.pathname).toBe(`/notes/${second}`);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  test('marks the matched words in the excerpt', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Search notes' }));
    await user.type(await screen.findByRole('combobox'), '복호화');
    const [option] = await screen.findAllByRole('option');
    expect([...option!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['복호화']);
  });

  test('says so when nothing matches', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Search notes' }));
    await user.type(await screen.findByRole('combobox'), 'zebra');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No notes match “zebra”.'));
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  test('Escape closes the dialog and focus returns to the button', async () => {
    const user = userEvent.setup();
    renderApp();
    const button = screen.getByRole('button', { name: 'Search notes' });
    await user.click(button);
    expect(await screen.findByRole('dialog', { name: 'Search notes' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  test('the / key opens search, but not while typing in a field', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('textbox', { name: 'Other field' }));
    await user.keyboard('/');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Other field' })).toHaveValue('/');
    await user.click(document.body);
    await user.keyboard('/');
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(await screen.findByRole('combobox')).toHaveValue('');
  });

  test('the shortcut starts loading the index at once, not after the dialog\'s code arrives', async () => {
    renderApp();
    loader.calls = 0;
    fireEvent.keyDown(window, { key: '/' });
    expect(loader.calls).toBeGreaterThan(0);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  test('Ctrl-K opens search', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('{Control>}k{/Control}');
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  test('Tab stays inside the dialog', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Search notes' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close search' })).toHaveFocus();
    await user.tab();
    expect(await screen.findByRole('combobox')).toHaveFocus();
  });

  test('reports a failed load and loads again on retry', async () => {
    // Two failures: the shortcut's own prefetch, then the dialog's load, which asks again after a failure.
    loader.fail = 2;
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('{Control>}k{/Control}');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('The search index could not be loaded (offline).'),
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.type(await screen.findByRole('combobox'), 'glue');
    expect(await screen.findAllByRole('option')).toHaveLength(1);
  });

  test('says so in the reader\'s language when the search stops answering, and starts again on retry', async () => {
    loader.broken = true;
    useSettings.setState({ language: 'ko' });
    try {
      const user = userEvent.setup();
      renderApp();
      await user.keyboard('{Control>}k{/Control}');
      await user.type(await screen.findByRole('combobox'), 'glue');
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('검색이 멈췄습니다 (worker crashed).'));
      expect(screen.queryByRole('option')).toBeNull();
      await user.click(screen.getByRole('button', { name: '다시 시도' }));
      expect(await screen.findAllByRole('option')).toHaveLength(1);
      expect(screen.getByRole('status')).toHaveTextContent('노트 1개를 찾았습니다.');
    } finally {
      useSettings.setState({ language: 'en' });
    }
  });

  test('says when more notes match than it shows', async () => {
    loader.extra = 25;
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByRole('combobox'), '데이터');
    expect(await screen.findAllByRole('option')).toHaveLength(20);
    expect(screen.getByRole('status')).toHaveTextContent('More than 20 notes found; showing the first 20.');
    await user.click(screen.getByRole('button', { name: 'Show all results' }));
    expect(await screen.findAllByRole('option')).toHaveLength(27);
    expect(screen.getByRole('status')).toHaveTextContent('27 notes found');
    expect(screen.queryByRole('button', { name: 'Show all results' })).toBeNull();
    // A new query starts again from its first results.
    await user.type(screen.getByRole('combobox'), ' 추가');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(20));
    loader.extra = 0;
  });

  test('a query that finds nothing names it with the particle that fits it', async () => {
    const user = userEvent.setup();
    useSettings.setState({ language: 'ko' });
    renderApp();
    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByRole('combobox'), 'zebra 과적합을 줄이려면');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('“zebra 과적합을 줄이려면”과 일치하는 노트가 없습니다.'));
    useSettings.setState({ language: 'en' });
  });
});
