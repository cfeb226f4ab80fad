// @vitest-environment jsdom
import { outlineHtml } from '../../build/reading/outline-html';
import { PARSER_YIELD } from '../../build/parser-yield';
import { outlineFromPage, outlineSourceHtml } from './outline-source';

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
});
