import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { outlineHtml } from './outline-html';

const heading = (depth: number, text: string, id: string) => ({ depth, text, id });

describe('outlineHtml', () => {
  test.each([
    ['a level-2 heading', [heading(2, 'Intro', 'intro')], ['<li><a href="#intro">Intro</a></li>']],
    ['a level-3 heading is indented', [heading(3, 'Detail', 'detail')], ['<li class="note-outline-sub"><a href="#detail">Detail</a></li>']],
    ['text is escaped', [heading(2, '<b> & "x"', 'b-x')], ['<li><a href="#b-x">&lt;b&gt; &amp; &quot;x&quot;</a></li>']],
    ['ids are percent-encoded', [heading(2, '한국어', '한국어"x')], [`<li><a href="#${encodeURIComponent('한국어"x')}">한국어</a></li>`]],
    ['no headings, no pieces', [], []],
  ])('%s', (_, outline, expected) => {
    expect(outlineHtml(outline)).toEqual(expected);
  });

  test('pieces hold a fixed number of headings, in order, none lost', () => {
    const outline = Array.from({ length: 7 }, (_, i) => heading(2, `H${i}`, `h${i}`));
    const pieces = outlineHtml(outline, 3);
    expect(pieces).toHaveLength(3);
    expect(pieces.join('').match(/<li>/g)).toHaveLength(7);
    expect(pieces[2]).toBe('<li><a href="#h6">H6</a></li>');
  });

  test('the markup is what React draws for the same item', () => {
    const [item] = outlineHtml([heading(2, 'A < B & "C"', 'a-b-c')]);
    expect(item).toBe(renderToStaticMarkup(<li><a href={`#${encodeURIComponent('a-b-c')}`}>{'A < B & "C"'}</a></li>));
  });
});
