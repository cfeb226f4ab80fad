// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { FlowFrame } from './flow-frame';

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
