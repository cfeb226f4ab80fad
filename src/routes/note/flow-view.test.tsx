// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { parseDiagram } from '../../diagram/parse-diagram';
import { SEED_FLOW } from '../../../test/seed-flow.fixture';
import { flowDiagramCode, FlowView } from './flow-view';

const diagram = parseDiagram(SEED_FLOW);
const flow = { source: SEED_FLOW, line: 1 };

// jsdom lays nothing out, so the flow fits its frame here: what is left is whether its hint has a place.
describe("a note's flow keeps its scroll hint's place, so a flow found wider than its frame moves nothing", () => {
  beforeAll(async () => {
    await flowDiagramCode.load();
  });

  test('in the pre-rendered HTML, unseen and unread', () => {
    const html = renderToString(<FlowView flow={flow} diagram={diagram} />);
    expect(html).toMatch(/<p id="[^"]+" class="flow-scroll-hint is-unneeded" aria-hidden="true">/);
  });

  test('drawn by the app, unseen and unread', async () => {
    const { container } = render(<FlowView flow={flow} diagram={diagram} />);
    await screen.findAllByRole('button', { name: diagram.nodes[0]!.label });
    const hints = container.querySelectorAll('.flow-scroll-hint');
    expect(hints).toHaveLength(1);
    expect(hints[0]!.className).toBe('flow-scroll-hint is-unneeded');
    expect(hints[0]!.getAttribute('aria-hidden')).toBe('true');
  });
});
