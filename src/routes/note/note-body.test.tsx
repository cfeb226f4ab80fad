// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { NoteModule } from '../../content/note-module';
import type { NoteBlock } from '../../content/types';
import { NoteBody } from './note-body';

// Each flow diagram the body draws, by its source, once per render: the cost the body pays per block.
const drawn = vi.hoisted(() => [] as string[]);

vi.mock('./flow-view', () => ({
  FlowView: ({ flow }: { flow?: { source: string } }) => {
    if (!flow) return null;
    drawn.push(flow.source);
    return <pre>{flow.source}</pre>;
  },
}));

const PARTS = 30;
// A long note as the build splits it: a first run with a diagram, then parts, each followed by a diagram.
vi.mock('virtual:examflow/note-parts', () => ({
  readPart: () => undefined,
  loadPart: async (_slug: string, index: number) => `<p>Text of part ${index}</p>`,
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

test('a long note drawn by the app: each later part arrives without drawing again the blocks already drawn, and the late diagrams come alive', async () => {
  const { container } = render(<MemoryRouter><NoteBody note={note} /></MemoryRouter>);
  await act(async () => {
    for (let step = 0; step < 50 && container.querySelector('.note-body[aria-busy]'); step += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  });
  expect(container.querySelector('.note-body')).not.toHaveAttribute('aria-busy');
  expect(screen.getByText(`Text of part ${PARTS - 1}`)).toBeInTheDocument();
  // The parts came in several draws, yet the first diagram was drawn once.
  expect(drawn.filter((source) => source === 'flow 0')).toHaveLength(1);
  // jsdom has no IntersectionObserver: every later diagram comes alive at once, with its part's data.
  expect(screen.getByText(`flow ${PARTS}`)).toBeInTheDocument();
});
