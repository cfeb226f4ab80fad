// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { arrivals, bodyDraws, bundle, drawn, note, PARTS, tick } from '../../../test/long-note-fixture';
import { FIRST_SCREEN_END } from '../../ui/first-screen';
import { LongNoteBody } from './long-note-body';

// The body's modules stood in for by the long note's fixture (test/long-note-fixture.tsx), whose state they share.
vi.mock('./flow-view', async () => (await import('../../../test/long-note-fixture')).flowViewModule);
vi.mock('../../i18n/use-t', async (original) => (await import('../../../test/long-note-fixture')).useTModule(await original()));
vi.mock('virtual:examflow/note-parts', async () => (await import('../../../test/long-note-fixture')).notePartsModule);

test('a long note drawn by the app: each later part arrives alone, drawing neither the body nor the blocks already drawn again, and the late diagrams come alive', async () => {
  const { container } = render(<MemoryRouter><LongNoteBody note={note} /></MemoryRouter>);
  await act(tick);
  const drawsBefore = bodyDraws.count;
  for (let index = 0; index < PARTS; index += 1) {
    await act(async () => {
      arrivals.get(index)?.();
      await tick();
      await tick();
    });
    // Drawn as it arrived, in a draw of its own.
    expect(screen.getByText(new RegExp(`^Text of part ${index} and`))).toBeInTheDocument();
  }
  await act(tick);
  expect(container.querySelector('.note-body')).not.toHaveAttribute('aria-busy');
  // Thirty arrivals, thirty draws, yet the first diagram was drawn once, and the body itself again only when it
  // stopped being busy: never once per arrival, whose work would then grow with the note.
  expect(drawn.filter((source) => source === 'flow 0')).toHaveLength(1);
  expect(bodyDraws.count - drawsBefore).toBeLessThanOrEqual(1);
  // jsdom has no IntersectionObserver: every later diagram comes alive at once, with its part's data.
  expect(screen.getByText(`flow ${PARTS}`)).toBeInTheDocument();
});

// The page as the pre-render builds it: its bundle holds every part, so every group is drawn whole.
function renderAsBuilt() {
  bundle.server = true;
  try {
    return render(<MemoryRouter><LongNoteBody note={note} /></MemoryRouter>);
  } finally {
    bundle.server = false;
  }
}

test('the app\'s first draw of a long note holds its groups of later blocks, empty; a group is drawn as its first part arrives', async () => {
  const { container } = render(<MemoryRouter><LongNoteBody note={note} /></MemoryRouter>);
  await act(tick);
  const groups = () => [...(container.querySelector('.note-body-later')?.children ?? [])];
  expect(groups().length).toBeGreaterThan(1);
  // No block past the first part yet: an element and a watch each, thousands at 20 MB, in the first draw's task.
  expect(groups().map((group) => group.children.length)).toEqual(groups().map(() => 0));
  await act(async () => {
    arrivals.get(0)?.();
    await tick();
    await tick();
  });
  expect(groups()[0]?.querySelector('[data-part="0"]')?.textContent).toMatch(/^Text of part 0 and/);
  expect(groups().slice(1).map((group) => group.children.length)).toEqual(groups().slice(1).map(() => 0));
});

test('a long note marks the end of its first screen just before its first later part, once', () => {
  const { container } = renderAsBuilt();
  const marks = container.querySelectorAll(`.${FIRST_SCREEN_END}`);
  expect(marks).toHaveLength(1);
  // What follows the mark is part 0, so <main> shows with the first run and its diagram, not the whole note.
  expect(marks[0]?.nextElementSibling?.querySelector('[data-part]')?.getAttribute('data-part')).toBe('0');
});

test('a long note\'s later blocks come in groups of at most 16, every block once and in order', () => {
  const { container } = renderAsBuilt();
  const groups = [...(container.querySelector('.note-body-later')?.children ?? [])];
  expect(groups.length).toBeGreaterThan(1);
  for (const group of groups) expect(group.children.length).toBeLessThanOrEqual(16);
  const parts = groups.flatMap((group) => [...group.querySelectorAll('[data-part]')].map((part) => Number(part.getAttribute('data-part'))));
  expect(parts).toEqual(Array.from({ length: PARTS }, (_, i) => i));
  // Each part followed by its diagram: a group never parts a block from its neighbours' order.
  expect(groups.flatMap((group) => [...group.children].map((block) => block.getAttribute('data-part') ?? `w${block.getAttribute('data-widget')}`))).toEqual(
    Array.from({ length: PARTS }, (_, i) => [String(i), `w${3 + 2 * i}`]).flat(),
  );
});
