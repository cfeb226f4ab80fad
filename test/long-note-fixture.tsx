/**
 * A long note of thirty parts, as the long note's body tests (src/routes/note/long-note-body*.test.tsx) draw it,
 * and the stand-ins they give the body's modules. A test file mocks those modules with these (vi.mock's factory
 * importing this file), so the state below is the one its stand-ins share:
 *
 *   vi.mock('./flow-view', async () => (await import('../../../test/long-note-fixture')).flowViewModule);
 */
import type { NoteModule } from '../src/content/note-module';
import type { NoteBlock } from '../src/content/types';
import { notesMessages } from '../src/i18n/messages/notes';
import type * as UseT from '../src/i18n/use-t';

export const PARTS = 30;

// Each flow diagram the body draws, by its source, once per render: the cost the body pays per block.
export const drawn: string[] = [];
// The diagram's code, there at once unless a test holds it back.
export const flowCode = { ready: Promise.resolve() as Promise<unknown> };
// Each time the body itself is drawn (it asks for its messages once per draw): an arrival should draw its part alone.
export const bodyDraws = { count: 0 };
// Each part's fetch, answered when the test says: one arrival at a time, each drawn before the next.
export const arrivals = new Map<number, () => void>();
// The pre-render's bundle holds every part and its widgets' data; the browser's none (its reads are counted).
export const bundle = { server: false, reads: [] as number[] };

// A remote image as the build leaves it: a placeholder the app settles (loads, as nothing says otherwise).
const remoteImage = (index: number) => `<span class="remote-image" data-remote-src="https://example.com/${index}.png" data-remote-alt="Figure ${index}"><noscript><img src="https://example.com/${index}.png" alt="Figure ${index}"></noscript></span>`;
const partHtml = (index: number) => `<p>Text of part ${index} and <a href="/notes/other">another note</a></p><h2 id="heading-${index}">Part ${index}</h2>`;
// The chunk holds its part's HTML too, remote images and all, as the build's does.
const widgetsOf = (part: number) => ({ html: remoteImage(part), questions: [], diagrams: [], flows: [[part + 1, { source: `flow ${part + 1}`, line: 1 }]] });

/** The diagram's module: draws a flow as its source, counting each draw. */
export const flowViewModule = {
  FlowView: ({ flow }: { flow?: { source: string } }) => {
    if (!flow) return null;
    drawn.push(flow.source);
    return <pre>{flow.source}</pre>;
  },
  flowDiagramCode: { load: () => flowCode.ready, read: () => ({}) },
};

/** The messages hook, counting the body's own draws. */
export function useTModule(actual: typeof UseT): typeof UseT {
  return {
    ...actual,
    useT: ((messages: never) => {
      if (messages === notesMessages) bodyDraws.count += 1;
      return actual.useT(messages);
    }) as typeof actual.useT,
  };
}

/** A long note's parts as the build splits it: a first run with a diagram, then parts, each followed by a diagram. */
export const notePartsModule = {
  // The pre-render's parts hold their code blocks without the Copy button (partsTableModule).
  readPart: (_slug: string, index: number) => {
    if (bundle.server) return `${partHtml(index)}<div class="code-block"><pre><code>code of part ${index}</code></pre></div>${remoteImage(index)}`;
    bundle.reads.push(index);
    return undefined;
  },
  loadPart: (_slug: string, index: number) => new Promise((resolve) => arrivals.set(index, () => resolve(partHtml(index)))),
  readWidgets: (_slug: string, part: number) => (bundle.server ? widgetsOf(part) : undefined),
  loadWidgets: async (_slug: string, part: number) => widgetsOf(part),
  readOutline: () => undefined,
  loadOutline: async () => undefined,
};

const blocks: NoteBlock[] = [
  { kind: 'markdown', markdown: 'First run', html: '<p>First run</p>' },
  { kind: 'flow', index: 0 },
  ...Array.from({ length: PARTS }, (_, i): NoteBlock[] => [{ kind: 'part', index: i }, { kind: 'flow', index: i + 1, part: i }]).flat(),
];

export const note = {
  file: 'long.md', slug: 'long', title: 'Long', heading: null, tags: [], aliases: [], created: null, modified: null,
  questions: [], flows: [{ source: 'flow 0', line: 1 }], reason: null, blocks, diagnostics: [], diagrams: [],
} as NoteModule;

export const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
