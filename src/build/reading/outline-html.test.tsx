// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { OUTLINE_PIECE, OUTLINE_PIECE_OPEN, outlineHtml } from './outline-html';

const heading = (depth: number, text: string, id: string) => ({ depth, text, id });
const piece = (items: string) => `${OUTLINE_PIECE_OPEN}${items}</div>`;

describe('outlineHtml', () => {
  test.each([
    ['a level-2 heading', [heading(2, 'Intro', 'intro')], [piece('<li><a href="#intro">Intro</a></li>')]],
    ['a level-3 heading is indented', [heading(3, 'Detail', 'detail')], [piece('<li class="note-outline-sub"><a href="#detail">Detail</a></li>')]],
    ['text is escaped', [heading(2, '<b> & "x"', 'b-x')], [piece('<li><a href="#b-x">&lt;b&gt; &amp; &quot;x&quot;</a></li>')]],
    ['ids are percent-encoded', [heading(2, '한국어', '한국어"x')], [piece(`<li><a href="#${encodeURIComponent('한국어"x')}">한국어</a></li>`)]],
    ['no headings, no pieces', [], []],
  ])('%s', (_, outline, expected) => {
    expect(outlineHtml(outline)).toEqual(expected);
  });

  test('pieces hold a fixed number of headings, in order, none lost', () => {
    const outline = Array.from({ length: 7 }, (_, i) => heading(2, `H${i}`, `h${i}`));
    const pieces = outlineHtml(outline, 3);
    expect(pieces).toHaveLength(3);
    expect(pieces.join('').match(/<li>/g)).toHaveLength(7);
    expect(pieces[2]).toBe(piece('<li><a href="#h6">H6</a></li>'));
  });

  test('the markup is what React draws for the same item', () => {
    const [first] = outlineHtml([heading(2, 'A < B & "C"', 'a-b-c')]);
    expect(first).toBe(OUTLINE_PIECE_OPEN + renderToStaticMarkup(<li><a href={`#${encodeURIComponent('a-b-c')}`}>{'A < B & "C"'}</a></li>) + '</div>');
  });

  // The browser skips laying out an element out of view (content-visibility), never part of one: a long outline's
  // items must come grouped, a piece per element, or every link is laid out in one task.
  test.each([1, OUTLINE_PIECE, OUTLINE_PIECE + 1, 3 * OUTLINE_PIECE])('%i headings: every item sits in a piece, one element of at most OUTLINE_PIECE items', (count) => {
    const outline = Array.from({ length: count }, (_, i) => heading(2 + (i % 2), `H${i}`, `h${i}`));
    const host = document.createElement('div');
    host.innerHTML = outlineHtml(outline).join('');
    // Counts and flags, not elements: a failure prints numbers, never thousands of nodes.
    const pieces = [...host.children];
    expect(pieces.length).toBe(Math.ceil(count / OUTLINE_PIECE));
    expect(pieces.filter((element) => !element.matches('.note-outline-piece[role="none"]')).length).toBe(0);
    expect(Math.max(...pieces.map((element) => element.children.length))).toBeLessThanOrEqual(OUTLINE_PIECE);
    expect(host.querySelectorAll('.note-outline-piece > li').length).toBe(count);
    const hrefs = [...host.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs.every((href, i) => href === `#${outline[i]?.id}`) && hrefs.length === count).toBe(true);
  });
});
