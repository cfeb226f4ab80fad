// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { stubResizeObserver } from '../../test/fake-resize-observer';
import { FlowFrame, hintPlaceClass } from './flow-frame';

// jsdom lays nothing out, so every flow fits its frame here: what is left is whether the hint keeps its place.
describe('FlowFrame: the scroll hint of a flow that fits', () => {
  test.each([
    ['is absent by default', false, 0],
    ['keeps its place, unseen and unread, when asked to', true, 1],
  ])('%s', (_name, keepHintPlace, count) => {
    const { container } = render(
      <FlowFrame labelledBy="name" describedBy="hint" hintId="scroll" keepHintPlace={keepHintPlace}><svg /></FlowFrame>,
    );
    const hints = container.querySelectorAll('#scroll');
    expect(hints).toHaveLength(count);
    for (const hint of hints) {
      expect(hint.className).toBe('flow-scroll-hint is-unneeded');
      expect(hint.getAttribute('aria-hidden')).toBe('true');
    }
    expect(container.querySelector('[role="group"]')?.getAttribute('aria-describedby')).toBe('hint');
  });
});

describe('FlowFrame: the frame\'s size', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  test('is read when the browser reports it, not in the commit; a flow wider than its frame then shows its hint', async () => {
    vi.resetModules();
    const sizes = stubResizeObserver();
    const { FlowFrame: Frame } = await import('./flow-frame');
    // Reading a size in the commit would lay out the whole page inside React's task.
    const reads = vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
    const { container } = render(<Frame labelledBy="name" describedBy="hint" hintId="scroll"><svg /></Frame>);
    expect(reads).not.toHaveBeenCalled();
    expect(container.querySelector('#scroll')).toBeNull();
    // The report comes from the browser, outside any act(): what it draws must be drawn by the time it returns.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      sizes.report();
    } finally {
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
    }
    // Drawn in the report itself (before the browser would paint), not in a later task.
    expect(container.querySelector('#scroll')?.className).toBe('flow-scroll-hint');
    expect(container.querySelector('.flow-frame')?.className).toContain('flow-fade-end');
  });
});

describe('hintPlaceClass: the frame width from which a drawing fits, rounded up to a step the CSS knows', () => {
  test.each([
    [100, 'flow-fits-from-120'],
    // 311 px of drawing and 9 of canvas chrome fill a 320 px frame exactly: it fits there.
    [311, 'flow-fits-from-320'],
    [312, 'flow-fits-from-360'],
    [851, 'flow-fits-from-880'],
  ])('a drawing %i px wide: %s', (width, name) => {
    expect(hintPlaceClass(width)).toBe(name);
  });
});
