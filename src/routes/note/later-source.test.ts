// @vitest-environment jsdom
import { PARSER_YIELD } from '../../content/parser-yield';
import { drawLaterSource, drawLaterWhenIdle, fitsLaterSource, groupHoldingId, holdsLaterSource, LATER_SOURCE, laterSourceHtml } from './later-source';

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

  test('when idle, the groups are drawn from the top down, one per idle turn, skipping those already drawn, until stopped', () => {
    const groups = [0, 1, 2, 3].map((n) => sourceGroup(partHtml(n)));
    drawLaterSource(groups[1]!);
    const turns: (() => void)[] = [];
    const drawn: Element[] = [];
    const stop = drawLaterWhenIdle(groups, (group) => drawn.push(group), (work) => {
      turns.push(work);
      return () => turns.splice(turns.indexOf(work), 1);
    });
    expect(drawn).toEqual([]);
    turns.shift()?.();
    expect(drawn).toEqual([groups[0]]);
    turns.shift()?.();
    expect(drawn).toEqual([groups[0], groups[2]]);
    expect(groups.map(holdsLaterSource)).toEqual([false, false, false, true]);
    stop();
    expect(turns).toEqual([]);
    expect(holdsLaterSource(groups[3]!)).toBe(true);
  });

  test('the idle drawing ends once every group is drawn', () => {
    const groups = [0, 1].map((n) => sourceGroup(partHtml(n)));
    const turns: (() => void)[] = [];
    drawLaterWhenIdle(groups, () => {}, (work) => {
      turns.push(work);
      return () => {};
    });
    let count = 0;
    for (let work = turns.shift(); work; work = turns.shift()) {
      work();
      count += 1;
    }
    expect(count).toBe(2);
    expect(groups.map(holdsLaterSource)).toEqual([false, false]);
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

  test('in idle time a group is drawn a slice of whole blocks at a time, in order, into the same elements as at once', () => {
    const html = partHtml(1) + '<div data-widget="7"><figure>diagram</figure></div>' + partHtml(2) + partHtml(3);
    const whole = sourceGroup(html);
    drawLaterSource(whole);
    const group = sourceGroup(html);
    const turns: (() => void)[] = [];
    const drawn: Element[] = [];
    // A slice smaller than any block: one block per turn.
    drawLaterWhenIdle([group], (done) => drawn.push(done), (work) => {
      turns.push(work);
      return () => {};
    }, 10);
    const blocks: string[] = [];
    for (let work = turns.shift(); work; work = turns.shift()) {
      work();
      blocks.push([...group.children].filter((child) => child.localName !== 'noscript').map((child) => child.getAttribute('data-part') ?? `w${child.getAttribute('data-widget')}`).join(' '));
    }
    expect(blocks).toEqual(['1', '1 w7', '1 w7 2', '1 w7 2 3']);
    expect(drawn).toEqual([group]);
    expect(group.innerHTML).toBe(whole.innerHTML);
  });
});
