// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { NoteModule } from '../../content/note-module';
import type { NoteBlock } from '../../content/types';
import { FIRST_SCREEN_END } from '../../ui/first-screen';
import { LongNoteBody } from './long-note-body';

// Each flow diagram the body draws, by its source, once per render: the cost the body pays per block.
const drawn = vi.hoisted(() => [] as string[]);

// The diagram's code, there at once unless a test holds it back.
const flowCode = vi.hoisted(() => ({ ready: Promise.resolve() as Promise<unknown> }));

vi.mock('./flow-view', () => ({
  FlowView: ({ flow }: { flow?: { source: string } }) => {
    if (!flow) return null;
    drawn.push(flow.source);
    return <pre>{flow.source}</pre>;
  },
  flowDiagramCode: { load: () => flowCode.ready, read: () => ({}) },
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
// The pre-render's bundle holds every part and its widgets' data; the browser's none (its reads are counted).
const bundle = vi.hoisted(() => ({ server: false, reads: [] as number[] }));
// A remote image as the build leaves it: a placeholder the app settles (loads, as nothing says otherwise).
const remoteImage = (index: number) => `<span class="remote-image" data-remote-src="https://example.com/${index}.png" data-remote-alt="Figure ${index}"><noscript><img src="https://example.com/${index}.png" alt="Figure ${index}"></noscript></span>`;
const partHtml = (index: number) => `<p>Text of part ${index} and <a href="/notes/other">another note</a></p><h2 id="heading-${index}">Part ${index}</h2>`;
// The chunk holds its part's HTML too, remote images and all, as the build's does.
const widgetsOf = (part: number) => ({ html: remoteImage(part), questions: [], diagrams: [], flows: [[part + 1, { source: `flow ${part + 1}`, line: 1 }]] });
// A long note as the build splits it: a first run with a diagram, then parts, each followed by a diagram.
vi.mock('virtual:examflow/note-parts', () => ({
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

describe("a long note's pre-rendered page, hydrated", () => {
  // The elements the observer watches, and how to tell it one of them is near the view.
  const watched = new Set<Element>();
  let near: (target: Element) => void = () => {};
  // The page's idle turns, which the test runs when it says.
  const idle: (() => void)[] = [];
  const runIdle = () => act(async () => {
    for (let work = idle.shift(); work; work = idle.shift()) work();
    await tick();
  });
  beforeEach(() => {
    idle.length = 0;
    vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
    vi.stubGlobal('cancelIdleCallback', () => {});
    vi.stubGlobal('IntersectionObserver', class {
      constructor(callback: (entries: { isIntersecting: boolean; target: Element }[]) => void) {
        near = (target) => callback([{ isIntersecting: true, target }]);
      }
      observe(target: Element) {
        watched.add(target);
      }
      unobserve(target: Element) {
        watched.delete(target);
      }
      disconnect() {}
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  const page = () => (
    <MemoryRouter initialEntries={['/notes/long']}>
      <Routes>
        <Route path="/notes/long" element={<LongNoteBody note={note} />} />
        <Route path="/notes/other" element={<p>The other note</p>} />
      </Routes>
    </MemoryRouter>
  );

  /** The page as the pre-render draws it, hydrated. */
  async function hydrated() {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const { renderToString } = await import('react-dom/server');
    const { hydrateRoot } = await import('react-dom/client');
    bundle.server = true;
    vi.stubEnv('SSR', true);
    const html = renderToString(page());
    vi.unstubAllEnvs();
    bundle.server = false;
    bundle.reads.length = 0;
    drawn.length = 0;
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const root = await act(async () => hydrateRoot(container, page()));
    await act(tick);
    return { container, root };
  }

  test('keeps its later blocks as they are, no component per block, yet their links follow the router and a late diagram comes alive near the view', async () => {
    const { container, root } = await hydrated();

    // Hydration drew the first run's diagram and nothing of the thirty parts and diagrams after it.
    expect(bundle.reads).toEqual([]);
    expect(drawn).toEqual(['flow 0']);
    expect(container.querySelector('.note-body')).not.toHaveAttribute('aria-busy');

    // Only the groups of blocks are watched; the diagrams of one, once it comes near.
    const groups = [...container.querySelectorAll('.note-body-group')];
    expect([...watched]).toEqual(groups);
    // The last group is still the page's text (later-source.ts) until it comes near.
    expect(container.querySelectorAll('[data-part]').length).toBeLessThan(PARTS);
    expect(groups.at(-1)!.querySelector('[data-part]')).toBeNull();
    await act(async () => {
      near(groups.at(-1)!);
      await tick();
    });
    expect(within(groups.at(-1) as HTMLElement).getByText(`Text of part ${PARTS - 1}`, { exact: false })).toBeInTheDocument();
    // The last diagram, near the view, is drawn live in place of its static copy: one copy of it, not two.
    const last = [...watched].at(-1);
    expect(last?.textContent).toBe(`flow ${PARTS}`);
    // Until the diagram's code has come, its static copy stays: taken away first, what follows would move up.
    let codeCame = () => {};
    flowCode.ready = new Promise((resolve) => (codeCame = () => resolve(undefined)));
    await act(async () => {
      if (last) near(last);
      await tick();
    });
    expect(drawn).toEqual(['flow 0']);
    expect(last?.textContent).toBe(`flow ${PARTS}`);
    await act(async () => {
      codeCame();
      await tick();
    });
    flowCode.ready = Promise.resolve();
    expect(drawn).toEqual(['flow 0', `flow ${PARTS}`]);
    expect(last?.querySelectorAll('pre')).toHaveLength(1);

    // A link in a later part is followed by the app's router, not the browser.
    const link = within(container).getAllByRole('link', { name: 'another note' }).at(-1);
    const followed = await act(async () => (link ? fireEvent.click(link) : true));
    expect(followed).toBe(false);
    expect(within(container).getByText('The other note')).toBeInTheDocument();
    act(() => root.unmount());
    container.remove();
  });

  test('draws the Copy buttons of a group of later blocks and settles its remote images as it comes near the view, and the buttons copy', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { container, root } = await hydrated();
    const groups = [...container.querySelectorAll('.note-body-group')];
    expect(groups.length).toBeGreaterThan(1);
    // Nothing near yet: no Copy button on the page, no remote image asked for.
    expect(container.querySelectorAll('.code-block').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.remote-image').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.remote-image img')).toHaveLength(0);
    expect(within(container).queryAllByRole('button', { name: /^Copy/ })).toEqual([]);
    const last = groups.at(-1)!;
    expect(watched.has(last)).toBe(true);
    await act(async () => {
      near(last);
      await tick();
    });
    // Every code block of that group has its button, and its remote images are loading; the other groups' wait.
    expect([...last.querySelectorAll('.remote-image')].map((image) => image.querySelector('img')?.getAttribute('src'))).toEqual(
      [...last.querySelectorAll('.remote-image')].map((image) => image.getAttribute('data-remote-src')),
    );
    expect(groups[0]!.querySelectorAll('.remote-image img')).toHaveLength(0);
    const copies = within(last as HTMLElement).getAllByRole('button', { name: /^Copy/ });
    expect(copies).toHaveLength(last.querySelectorAll('.code-block').length);
    expect(within(groups[0] as HTMLElement).queryAllByRole('button', { name: /^Copy/ })).toEqual([]);
    await act(async () => {
      fireEvent.click(copies.at(-1)!);
      await tick();
    });
    expect(writeText).toHaveBeenCalledWith(`code of part ${PARTS - 1}`);
    act(() => root.unmount());
    container.remove();
  });
  test('the groups past the first are the page\'s text at first, and once the page is idle every block is an element, as the pre-render wrote it', async () => {
    const { container, root } = await hydrated();
    const groups = [...container.querySelectorAll('.note-body-group')];
    expect(groups.length).toBeGreaterThan(2);
    // The first group is elements from the start; the others one <noscript> each.
    expect(groups[0]!.querySelector('noscript[data-later-source]')).toBeNull();
    for (const group of groups.slice(1)) expect([...group.children].filter((child) => child.localName === 'noscript')).toHaveLength(1);
    expect(container.querySelector(`#heading-${PARTS - 1}`)).toBeNull();
    await runIdle();
    expect(container.querySelectorAll('noscript[data-later-source]')).toHaveLength(0);
    expect([...container.querySelectorAll('[data-part]')].map((part) => Number(part.getAttribute('data-part')))).toEqual(Array.from({ length: PARTS }, (_, i) => i));
    expect(container.querySelectorAll('.code-block')).toHaveLength(PARTS);
    // Each remote image as the build wrote it: its image in a <noscript>, never fetched until the reader says.
    expect(container.querySelectorAll('.remote-image > noscript')).toHaveLength(PARTS);
    expect(container.querySelectorAll('img, [data-later-noscript]')).toHaveLength(0);
    expect(container.querySelector(`#heading-${PARTS - 1}`)?.textContent).toBe(`Part ${PARTS - 1}`);
    // No parser yield point comes into the page with them: only the one after each <noscript> is there.
    expect(container.querySelectorAll('script')).toHaveLength(groups.length - 1);
    act(() => root.unmount());
    container.remove();
  });

  test('opened with a link to a heading in a group still held as text, the page draws that group at once and scrolls to the heading', async () => {
    const scrolled: Element[] = [];
    const scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    Element.prototype.scrollIntoView = scrollIntoView;
    const id = `heading-${PARTS - 1}`;
    window.location.hash = `#${id}`;
    try {
      const { container, root } = await hydrated();
      expect(scrolled.map((element) => element.id)).toEqual([id]);
      expect(container.querySelector(`[id="${id}"]`)?.textContent).toBe(`Part ${PARTS - 1}`);
      // The groups between are left to the idle drawing.
      expect(container.querySelectorAll('noscript[data-later-source]').length).toBeGreaterThan(0);
      // A later change of the address's fragment to a heading still held as text lands too.
      const groups = [...container.querySelectorAll('.note-body-group')];
      const held = groups.slice(1).find((group) => group.querySelector('noscript[data-later-source]'));
      const target = /id="([^"]+)"/.exec(held?.querySelector('noscript[data-later-source]')?.textContent ?? '')?.[1] ?? '';
      expect(target).not.toBe('');
      window.location.hash = `#${target}`;
      await act(async () => {
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await tick();
      });
      expect(scrolled.map((element) => element.id)).toEqual([id, target]);
      act(() => root.unmount());
      container.remove();
    } finally {
      window.location.hash = '';
      Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    }
  });
});
