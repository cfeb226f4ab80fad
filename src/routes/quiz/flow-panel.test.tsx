// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import type { QuizNote } from '../../content/note-module';
import { parseDiagram } from '../../diagram/parse-diagram';
import { SEED_FLOW } from '../../../test/seed-flow.fixture';
import { stubIntersectionObserver, type FakeView } from '../../../test/fake-intersection-observer';
import { FlowPanel } from './flow-panel';

// Only what the panel reads of a note: its title and its drawn flows.
const note = { title: 'KMS', diagrams: [parseDiagram(SEED_FLOW)] } as unknown as QuizNote;

describe('FlowPanel', () => {
  test.each([
    ['nothing pointed says nothing', [], ''],
    ['an option naming boxes lists them', ['Grant permission in the KMS key policy'], 'Lit by this answer: KMS Key Policy.'],
    ['an option naming nothing drawn says so', ['Use Amazon Comprehend to detect sentiment'], 'This answer names nothing drawn in the flow, so nothing is lit.'],
  ])('%s', (_name, pointed, said) => {
    const { container } = render(<FlowPanel note={note} pointed={pointed} />);
    expect(container.querySelector('[data-flow-lit]')?.textContent).toBe(said);
    expect(screen.queryAllByRole('button', { name: /named by your answer/ })).toHaveLength(said.startsWith('Lit') ? 1 : 0);
  });
});

describe('FlowPanel on a pre-rendered practice page', () => {
  let view: FakeView;
  beforeEach(() => {
    view = stubIntersectionObserver();
  });
  afterEach(() => vi.unstubAllGlobals());

  /** The panel of `note` drawn to HTML as the pre-render draws it, then hydrated, as a built page's is. */
  async function hydratePrerendered() {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const { renderToString } = await import('react-dom/server');
    const { hydrateRoot } = await import('react-dom/client');
    const { act } = await import('react');
    const container = document.createElement('div');
    container.innerHTML = renderToString(<FlowPanel note={note} pointed={[]} />);
    document.body.append(container);
    const root = await act(async () => hydrateRoot(container, <FlowPanel note={note} pointed={[]} />));
    return { act, container, root };
  }

  test('keeps the flow as its HTML (buttons still waiting) until it comes near the view, then brings it to life', async () => {
    const { act, container, root } = await hydratePrerendered();
    const stepThrough = () => within(container).getByRole('button', { name: 'Step through' });
    expect(stepThrough()).toBeDisabled();
    await act(async () => view.tell(true));
    expect(stepThrough()).toBeEnabled();
    act(() => root.unmount());
    container.remove();
  });

  test('keeps a waiting flow as it is when the live session hands it the same note afresh', async () => {
    const { act, container, root } = await hydratePrerendered();
    const figure = container.querySelector('figure');
    // The session's note is read from its question pack: equal, not the same object.
    await act(async () => root.render(<FlowPanel note={structuredClone(note)} pointed={[]} />));
    expect(container.querySelector('figure')).toBe(figure);
    act(() => root.unmount());
    container.remove();
  });
});
