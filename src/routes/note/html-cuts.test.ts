import { childCut } from './html-cuts';

describe('where a run of elements can be cut into whole top-level nodes', () => {
  const html = '<h2 id="a">A</h2><p>One <b>bold</b> line</p><ul><li>x</li><li>y</li></ul><p>End</p>';
  const ends = ['<h2 id="a">A</h2>', '<p>One <b>bold</b> line</p>', '<ul><li>x</li><li>y</li></ul>', '<p>End</p>'].reduce<number[]>((all, piece) => [...all, (all.at(-1) ?? 0) + piece.length], []);

  test('after the last whole element that fits, never inside one', () => {
    expect(childCut(html, ends[1]!)).toBe(ends[1]);
    expect(childCut(html, ends[1]! + 5)).toBe(ends[1]);
    expect(childCut(html, ends[2]! - 1)).toBe(ends[1]);
  });

  test('at least the first element, however long; all of it when it fits', () => {
    expect(childCut(html, 3)).toBe(ends[0]);
    expect(childCut(html, html.length)).toBe(html.length);
    expect(childCut(html, Infinity)).toBe(html.length);
  });

  test('void elements, self-closed ones, comments, quoted ">" and script text count as they are written', () => {
    const odd = '<p title="a > b">x<br>y<img src="i.png"></p><svg viewBox="0 0 1 1"><path d="M0 0"/></svg><!-- <p> --><script>if (a <p) b()</script><p>z</p>';
    const first = '<p title="a > b">x<br>y<img src="i.png"></p>'.length;
    const second = first + '<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>'.length;
    const third = second + '<!-- <p> -->'.length;
    const fourth = third + '<script>if (a <p) b()</script>'.length;
    expect(childCut(odd, first)).toBe(first);
    expect(childCut(odd, second + 1)).toBe(second);
    expect(childCut(odd, third)).toBe(third);
    expect(childCut(odd, fourth + 2)).toBe(fourth);
  });

  test('HTML whose tags do not balance is left whole', () => {
    expect(childCut('<p>a</p></div><p>b</p>', 8)).toBe(8);
    expect(childCut('</div><p>b</p>', 4)).toBe('</div><p>b</p>'.length);
  });
});
