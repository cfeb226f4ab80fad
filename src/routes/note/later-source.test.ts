// @vitest-environment jsdom
import { PARSER_YIELD } from '../../content/parser-yield';
import { drawLaterPiece, drawLaterSource, fitsLaterSource, groupHoldingId, holdsLaterSource, LATER_SOURCE, laterSourceHtml } from './later-source';

const partHtml = (n: number, id = `part-${n}`) => `<div class="markdown" data-part="${n}"><h2 id="${id}">Part ${n}</h2><p>Text of part ${n} &amp; more</p>${PARSER_YIELD}</div>`;

/**
 * A group of later blocks as a browser running scripts holds it once the pre-render wrote it in a <noscript>:
 * the <noscript> holds one text node, the HTML as written.
 */
function sourceGroup(html: string): Element {
  const group = document.createElement('div');
  group.className = 'note-body-group';
  const source = document.createElement('noscript');
  source.setAttribute(LATER_SOURCE, '');
  source.append(document.createTextNode(html));
  group.append(source);
  return group;
}

describe("a long note's later blocks kept as text in the page", () => {
  test('a group drawn holds the blocks as elements, in order, in the place of its <noscript>, without the parser yield points', () => {
    const group = sourceGroup(partHtml(3) + '<div data-widget="7"><figure>diagram</figure></div>' + partHtml(4));
    expect(holdsLaterSource(group)).toBe(true);
    expect(group.querySelector('[data-part]')).toBeNull();
    expect(drawLaterSource(group)).toBe(true);
    expect([...group.children].map((child) => child.getAttribute('data-part') ?? `w${child.getAttribute('data-widget')}`)).toEqual(['3', 'w7', '4']);
    expect(group.querySelector('#part-4')?.textContent).toBe('Part 4');
    expect(group.querySelector('p')?.textContent).toBe('Text of part 3 & more');
    expect(group.querySelectorAll('script, noscript')).toHaveLength(0);
    expect(holdsLaterSource(group)).toBe(false);
    // Drawn once: a second call finds nothing to draw and changes nothing.
    const html = group.innerHTML;
    expect(drawLaterSource(group)).toBe(false);
    expect(group.innerHTML).toBe(html);
  });

  test('a link\'s target is found in the group that holds it as text, even an id with quotes, ampersands or Korean', () => {
    const ids = ['part-1', '핵심-개념-비교-40', 'a "quoted" & odd id'];
    const escape = (id: string) => id.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    const groups = ids.map((id, n) => sourceGroup(partHtml(n, escape(id))));
    ids.forEach((id, n) => expect(groupHoldingId(groups, id)).toBe(groups[n]));
    expect(groupHoldingId(groups, 'part-9')).toBeUndefined();
    // A group already drawn is the page's own: the document finds its ids.
    drawLaterSource(groups[1]!);
    expect(groupHoldingId(groups, ids[1]!)).toBeUndefined();
  });

  test('a remote image\'s own <noscript> cannot close the group\'s: held as a <span> in the text, a <noscript> again once drawn', () => {
    const image = '<span class="remote-image" data-remote-src="https://example.com/a.png"><noscript><img src="https://example.com/a.png" alt="A"></noscript></span>';
    const html = `<div class="markdown" data-part="1"><p>Before</p>${image}<p>After</p></div>`;
    expect(fitsLaterSource(html)).toBe(false);
    const held = laterSourceHtml(html);
    expect(fitsLaterSource(held)).toBe(true);
    const group = sourceGroup(held);
    drawLaterSource(group);
    const drawn = document.createElement('div');
    drawn.innerHTML = html;
    expect(group.innerHTML).toBe(drawn.innerHTML);
    // Anything else that would close it leaves the group to be written as elements.
    expect(fitsLaterSource('<p>a</p></NoScript>')).toBe(false);
  });

  test('drawn a piece at a time, whole blocks up to the size asked, a part longer than that a few children at a time, into the same elements as at once', () => {
    const long = `<div class="markdown" data-part="2"><h2 id="part-2">Part 2</h2>${'<p>A line of part 2</p>'.repeat(12)}<ul><li>one</li><li>two</li></ul>${PARSER_YIELD}</div>`;
    const html = partHtml(1) + '<div data-widget="7"><figure>diagram</figure></div>' + long + partHtml(3);
    const whole = sourceGroup(html);
    drawLaterSource(whole);
    const group = sourceGroup(html);
    const seen: string[] = [];
    const shape = () => [...group.children].filter((child) => child.localName !== 'noscript').map((child) => child.getAttribute('data-part') ?? `w${child.getAttribute('data-widget')}`).join(' ');
    for (let drawn = drawLaterPiece(group, 160); drawn > 0; drawn = drawLaterPiece(group, 160)) {
      seen.push(`${shape()}:${group.querySelector('[data-part="2"]')?.children.length ?? '-'}`);
    }
    // Part 1 and the widget fit in one piece; part 2 comes a child or a few at a time; then part 3.
    expect(seen[0]).toBe('1:-');
    expect(seen[1]).toBe('1 w7:-');
    expect(seen.filter((step) => step.startsWith('1 w7 2:'))).toHaveLength(new Set(seen.filter((step) => step.startsWith('1 w7 2:'))).size);
    expect(seen.filter((step) => step.startsWith('1 w7 2:')).length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe('1 w7 2 3:14');
    expect(holdsLaterSource(group)).toBe(false);
    expect(group.innerHTML).toBe(whole.innerHTML);
    expect(drawLaterPiece(group, 160)).toBe(0);
  });

  test('a part drawn in part is finished first, in its own element, when the whole group is drawn at once (a link to it)', () => {
    const long = `<div class="markdown" data-part="2">${'<p>A line of part 2</p>'.repeat(4)}<h3 id="deep">Deep</h3>${PARSER_YIELD}</div>`;
    const html = long + partHtml(3);
    const whole = sourceGroup(html);
    drawLaterSource(whole);
    const group = sourceGroup(html);
    drawLaterPiece(group, 60);
    expect(group.querySelector('[data-part="2"]')?.children.length).toBe(1);
    expect(holdsLaterSource(group)).toBe(true);
    // The heading still to draw is found where it waits.
    expect(groupHoldingId([group], 'deep')).toBe(group);
    expect(drawLaterSource(group)).toBe(true);
    expect(group.innerHTML).toBe(whole.innerHTML);
    expect(groupHoldingId([group], 'deep')).toBeUndefined();
  });
});
