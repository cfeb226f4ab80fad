import { hintPlaceClass } from './flow-frame';

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
