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

  test('in the pre-rendered HTML, unseen and unread, marked with the frame width from which the drawing fits', () => {
    const html = renderToString(<FlowView flow={flow} diagram={diagram} />);
    const width = Number(/<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(html)?.[1]);
    expect(width).toBeGreaterThan(0);
    // From that width up (in 40 px steps, rounded up) the canvas, with its borders and padding, holds the drawing.
    const fitsFrom = Math.ceil((width + 9) / 40) * 40;
    expect(html).toMatch(new RegExp(`<p id="[^"]+" class="flow-scroll-hint is-unneeded flow-fits-from-${fitsFrom}" aria-hidden="true">`));
  });

  test('drawn by the app, unseen and unread', async () => {
    const { container } = render(<FlowView flow={flow} diagram={diagram} />);
    await screen.findAllByRole('button', { name: diagram.nodes[0]!.label });
    const hints = container.querySelectorAll('.flow-scroll-hint');
    expect(hints).toHaveLength(1);
    expect(hints[0]!.className).toMatch(/^flow-scroll-hint is-unneeded flow-fits-from-\d+$/);
    expect(hints[0]!.getAttribute('aria-hidden')).toBe('true');
  });
});
