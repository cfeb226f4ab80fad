// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { act } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { saveReadingList, tagListKey } from '../../store/reading-list';
import { NoteBacklinks } from './note-backlinks';
import { NoteNeighbours, readingListCode } from './note-neighbours';
import { longNoteCode } from './lazy-long-note';
import { NoteOutline } from './note-outline';
import { outlineHtml, OUTLINE_PIECE_OPEN } from '../../build/reading/outline-html';
import { outlineSourceHtml } from './outline-source';

// A long note's outline as the browser gets it: HTML items in pieces, fetched with the note's parts.
const pieces = ['<li><a href="#a">A</a></li><li><a href="#b">B</a></li>', '<li class="note-outline-sub"><a href="#c">C</a></li>'];
const loadOutline = vi.fn(async (slug: string) => (slug === 'big' ? pieces : undefined));
// The pre-render's bundle holds the items (readOutline); the browser's does not.
const readOutline = vi.fn((_slug: string): string[] | undefined => undefined);
vi.mock('virtual:examflow/note-parts', () => ({ readOutline: (slug: string) => readOutline(slug), loadOutline: (slug: string) => loadOutline(slug) }));

const fallback = { previous: { slug: 'p', title: 'Before by title' }, next: { slug: 'n', title: 'After by title' }, index: 4, total: 9 };

function renderAt(url: string) {
  const element = <NoteNeighbours slug="b" fallback={fallback} />;
  render(<RouterProvider router={createMemoryRouter([{ path: '/notes/:slug', element }], { initialEntries: [url] })} />);
  return screen.getByRole('navigation', { name: 'Previous and next note' });
}

describe('NoteNeighbours', () => {
  // As a page that had it already (the reader came from a list page, which loads it).
  beforeAll(() => readingListCode.load());
  beforeEach(() => {
    sessionStorage.clear();
    saveReadingList({ key: tagListKey('service/kms'), notes: [{ slug: 'a', title: 'A' }, { slug: 'b', title: 'B' }, { slug: 'c', title: 'C' }] });
  });

  test.each([
    ['/notes/b', 'Note 5 of 9 in all notes, by title', 'Before by title', '/notes/p', '/notes/n'],
    ['/notes/b?in=tag%3Aservice%2Fkms', 'Note 2 of 3 in the tag service/kms', 'A', '/notes/a?in=tag%3Aservice%2Fkms', '/notes/c?in=tag%3Aservice%2Fkms'],
    // A list the tab does not remember (another tab's, or storage refused) falls back to the default order.
    ['/notes/b?in=search%3Akms', 'Note 5 of 9 in all notes, by title', 'Before by title', '/notes/p', '/notes/n'],
  ])('%s: %s', (url, place, previousTitle, previousHref, nextHref) => {
    const nav = renderAt(url);
    expect(within(nav).getByText(place)).toBeInTheDocument();
    const previous = within(nav).getByRole('link', { name: new RegExp(`Previous\\s*${previousTitle}`) });
    expect(previous).toHaveAttribute('href', previousHref);
    expect(within(nav).getByRole('link', { name: /Next/ })).toHaveAttribute('href', nextHref);
  });
});

describe('NoteOutline and NoteBacklinks', () => {
  const outline = [{ depth: 2, text: '개요', id: '개요' }, { depth: 3, text: '세부', id: '세부' }];

  test('the folded outline links each heading to its anchor', () => {
    render(<NoteOutline outline={outline} place="inline" slug="n" />);
    const nav = screen.getByRole('navigation', { name: 'Outline of this note' });
    expect(within(nav).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#%EA%B0%9C%EC%9A%94', '#%EC%84%B8%EB%B6%80']);
  });

  test('one heading is no outline, and no backlinks draw nothing', () => {
    const { container } = render(<><NoteOutline outline={outline.slice(0, 1)} place="side" slug="n" /><NoteBacklinks backlinks={[]} /></>);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('a long note\'s outline (moved out of its data)', () => {
  // As the note's loader does before a long note is drawn (src/routes/note-parts.ts).
  beforeAll(() => longNoteCode.load());
  beforeEach(() => loadOutline.mockClear());

  test('drawn by the app, its items arrive in pieces, all of them, once, the list busy until then', async () => {
    render(<NoteOutline outline={[]} moved={3} place="side" slug="big" />);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(nav).getByRole('list')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(within(nav).getByRole('list')).not.toHaveAttribute('aria-busy'));
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['A', 'B', 'C']);
    expect(loadOutline).toHaveBeenCalledTimes(1);
  });

  test('pre-rendered, hydration keeps its items and fetches nothing', async () => {
    const host = document.createElement('div');
    const page = <NoteOutline outline={[]} moved={3} place="side" slug="big" />;
    // The pre-render's HTML: its bundle holds the items, which this stub does not, so they are put in here.
    host.innerHTML = renderToString(page);
    host.querySelector('[role="list"]')!.innerHTML = pieces.join('');
    document.body.append(host);
    await act(async () => {
      hydrateRoot(host, page);
    });
    expect(within(host).getAllByRole('link')).toHaveLength(3);
    expect(loadOutline).not.toHaveBeenCalled();
    host.remove();
  });

  test('pre-rendered, the items are in the page once, after the body (the side copy), for readers without scripts', () => {
    const piecesHtml = outlineHtml([{ depth: 2, text: 'A', id: 'a' }, { depth: 2, text: 'B', id: 'b' }], 1);
    readOutline.mockImplementation((slug) => (slug === 'big' ? piecesHtml : undefined));
    try {
      const html = (place: 'side' | 'inline') => renderToString(<NoteOutline outline={[]} moved={2} place={place} slug="big" />);
      expect(html('inline')).not.toContain('<a ');
      // The folded copy is written empty for the app to draw: busy from the start, so unfolded before the app has
      // hydrated it, it is not taken for a whole list with no items. The side copy holds its items.
      expect(html('inline')).toContain('aria-busy="true"');
      expect(html('side')).not.toContain('aria-busy');
      expect(html('side')).toContain(piecesHtml.map((piece) => `<noscript data-outline="big">${piece}</noscript>`).join(''));
    } finally {
      readOutline.mockReset();
    }
  });

  test('hydrated, the side copy draws the items from the page at once, the folded copy once unfolded; nothing is fetched', async () => {
    const host = document.createElement('div');
    const page = <><NoteOutline outline={[]} moved={3} place="inline" slug="big" /><NoteOutline outline={[]} moved={3} place="side" slug="big" /></>;
    host.innerHTML = renderToString(page);
    // The pre-render's side copy (its bundle holds the items, which this stub does not).
    host.querySelector('.note-outline-side [role="list"]')!.innerHTML = outlineSourceHtml('big', pieces.map((piece) => OUTLINE_PIECE_OPEN + piece + '</div>'));
    document.body.append(host);
    await act(async () => {
      hydrateRoot(host, page);
    });
    const [folded, side] = [host.querySelector<HTMLElement>('.note-outline-inline')!, host.querySelector<HTMLElement>('.note-outline-side')!];
    await waitFor(() => expect(within(side).getByRole('list')).not.toHaveAttribute('aria-busy'));
    expect(within(side).getAllByRole('link').map((link) => link.textContent)).toEqual(['A', 'B', 'C']);
    expect(within(folded).queryAllByRole('link', { hidden: true })).toHaveLength(0);
    await act(async () => {
      host.querySelector('details')!.open = true;
      host.querySelector('details')!.dispatchEvent(new Event('toggle'));
    });
    await waitFor(() => expect(within(folded).getByRole('list')).not.toHaveAttribute('aria-busy'));
    expect(within(folded).getAllByRole('link').map((link) => link.textContent)).toEqual(['A', 'B', 'C']);
    expect(loadOutline).not.toHaveBeenCalled();
    host.remove();
  });

  test('its pieces are drawn one per frame, so the browser meets a piece\'s links in a frame of their own', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    try {
      render(<NoteOutline outline={[]} moved={3} place="side" slug="big" />);
      const list = within(screen.getByRole('navigation', { name: 'On this page' })).getByRole('list');
      const links = () => list.querySelectorAll('a').length;
      await waitFor(() => expect(frames).toHaveLength(1));
      expect(links()).toBe(0);
      await act(async () => frames.shift()!());
      await waitFor(() => expect(frames).toHaveLength(1));
      expect(links()).toBe(2);
      await act(async () => frames.shift()!());
      await waitFor(() => expect(list).not.toHaveAttribute('aria-busy'));
      expect(links()).toBe(3);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('fewer than two headings draw nothing', () => {
    const { container } = render(<NoteOutline outline={[]} moved={1} place="side" slug="big" />);
    expect(container).toBeEmptyDOMElement();
  });
});
