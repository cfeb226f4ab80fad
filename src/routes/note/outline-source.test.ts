// @vitest-environment jsdom
import { outlineHtml } from '../../build/reading/outline-html';
import { PARSER_YIELD } from '../../build/parser-yield';
import { outlineFromPage, outlineSourceHtml, outlineSourceRoot } from './outline-source';

const headings = Array.from({ length: 5 }, (_, i) => ({ depth: 2 + (i % 2), text: `제목 <${i}> & "more"`, id: `heading-${i}` }));

describe('a long outline written once for readers without scripts, read back by the app', () => {
  test.each(['big-note', '한국어-노트', 'a "quoted" & odd slug'])('the pieces of %s come back as written', (slug) => {
    const pieces = outlineHtml(headings, 2);
    const host = document.createElement('div');
    // As the pre-render writes them: each piece ends with a parser yield point, which the app leaves out.
    host.innerHTML = outlineSourceHtml('other', outlineHtml(headings.slice(0, 1))) + outlineSourceHtml(slug, pieces.map((piece) => piece + PARSER_YIELD));
    expect(outlineFromPage(slug, host)).toEqual(pieces);
  });

  test('each piece\'s parser yield point follows its <noscript>, where a browser running scripts meets and runs it', () => {
    const pieces = outlineHtml(headings, 2);
    const html = outlineSourceHtml('big-note', pieces.map((piece) => piece + PARSER_YIELD));
    const sources = html.match(/<noscript[^>]*>[\s\S]*?<\/noscript>/g) ?? [];
    expect(sources).toHaveLength(pieces.length);
    // Inside a <noscript> the script would be text to such a browser, never a point to yield at.
    for (const source of sources) expect(source).not.toContain('<script');
    expect(html).toBe(sources.map((source) => source + PARSER_YIELD).join(''));
  });

  test('a page without the note\'s outline gives none', () => {
    const host = document.createElement('div');
    host.innerHTML = outlineSourceHtml('other', outlineHtml(headings));
    expect(outlineFromPage('big-note', host)).toBeUndefined();
  });

  test('either copy\'s list finds the pieces in the side copy, which lies after the body, without looking through the body', () => {
    const page = document.createElement('div');
    page.className = 'note-layout';
    page.innerHTML =
      '<article class="note-page"><nav class="note-outline note-outline-inline"><details><summary>On this page</summary><div class="note-outline-list"></div></details></nav>' +
      `<div class="note-body">${outlineSourceHtml('big-note', ['<li>not the outline</li>'])}</div></article>` +
      `<nav class="note-outline note-outline-side"><h2>On this page</h2><div class="note-outline-list">${outlineSourceHtml('big-note', ['<li>one</li>', '<li>two</li>'])}</div></nav>`;
    const [folded, side] = [...page.querySelectorAll('.note-outline-list')] as Element[];
    for (const list of [folded!, side!]) {
      const root = outlineSourceRoot(list);
      expect(root).toBe(page.querySelector('.note-outline-side'));
      expect(outlineFromPage('big-note', root)).toEqual(['<li>one</li>', '<li>two</li>']);
    }
  });

  test('a list with no side copy above or beside it looks through its whole document', () => {
    const list = document.createElement('div');
    document.body.append(list);
    try {
      expect(outlineSourceRoot(list)).toBe(document);
    } finally {
      list.remove();
    }
  });
});
