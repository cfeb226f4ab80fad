// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { NoteModule } from '../../content/note-module';
import type { NoteBlock } from '../../content/types';
import { FIRST_SCREEN_END } from '../../ui/first-screen';
import { LongNoteBody } from './long-note-body';

// Each flow diagram the body draws, by its source, once per render: the cost the body pays per block.
const drawn = vi.hoisted(() => [] as string[]);

vi.mock('./flow-view', () => ({
  FlowView: ({ flow }: { flow?: { source: string } }) => {
    if (!flow) return null;
    drawn.push(flow.source);
    return <pre>{flow.source}</pre>;
  },
}));

// Each time the body itself is drawn (it asks for its messages once per draw): an arrival should draw its part alone.
const bodyDraws = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../i18n/use-t', async (original) => {
  const actual = await original<typeof import('../../i18n/use-t')>();
  const { notesMessages } = await import('../../i18n/messages/notes');
  return {
    ...actual,
    useT: ((messages: never) => {
      if (messages === notesMessages) bodyDraws.count += 1;
      return actual.useT(messages);
    }) as typeof actual.useT,
  };
});

const PARTS = 30;
// Each part's fetch, answered when the test says: one arrival at a time, each drawn before the next.
const arrivals = vi.hoisted(() => new Map<number, () => void>());
// A long note as the build splits it: a first run with a diagram, then parts, each followed by a diagram.
vi.mock('virtual:examflow/note-parts', () => ({
  readPart: () => undefined,
  loadPart: (_slug: string, index: number) => new Promise((resolve) => arrivals.set(index, () => resolve(`<p>Text of part ${index}</p>`))),
  readWidgets: () => undefined,
  loadWidgets: async (_slug: string, part: number) => ({ html: '', questions: [], diagrams: [], flows: [[part + 1, { source: `flow ${part + 1}`, line: 1 }]] }),
  readOutline: () => undefined,
  loadOutline: async () => undefined,
}));

const blocks: NoteBlock[] = [
  { kind: 'markdown', markdown: 'First run', html: '<p>First run</p>' },
  { kind: 'flow', index: 0 },
  ...Array.from({ length: PARTS }, (_, i): NoteBlock[] => [{ kind: 'part', index: i }, { kind: 'flow', index: i + 1, part: i }]).flat(),
];
const note = {
  file: 'long.md', slug: 'long', title: 'Long', heading: null, tags: [], aliases: [], created: null, modified: null,
  questions: [], flows: [{ source: 'flow 0', line: 1 }], reason: null, blocks, diagnostics: [], diagrams: [],
} as NoteModule;

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

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
    expect(screen.getByText(`Text of part ${index}`)).toBeInTheDocument();
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

test('a long note marks the end of its first screen just before its first later part, once', () => {
  const { container } = render(<MemoryRouter><LongNoteBody note={note} /></MemoryRouter>);
  const marks = container.querySelectorAll(`.${FIRST_SCREEN_END}`);
  expect(marks).toHaveLength(1);
  // What follows the mark is part 0, so <main> shows with the first run and its diagram, not the whole note.
  expect(marks[0]?.nextElementSibling?.getAttribute('data-part')).toBe('0');
});
