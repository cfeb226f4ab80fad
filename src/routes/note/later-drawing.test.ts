// @vitest-environment jsdom
import { PARSER_YIELD } from '../../content/parser-yield';
import { createPace, drawLaterSoon, drawLaterWhenIdle, IDLE_MARGIN_MS, MOST_CHARS, type IdleTime, type Pace } from './later-drawing';
import { drawLaterSource, holdsLaterSource, LATER_SOURCE } from './later-source';

const partHtml = (n: number) => `<div class="markdown" data-part="${n}"><h2 id="part-${n}">Part ${n}</h2><p>Text of part ${n}</p>${PARSER_YIELD}</div>`;

/** A group of later blocks as a browser running scripts holds it: a <noscript> of one text node. */
function sourceGroup(html: string): Element {
  const group = document.createElement('div');
  const source = document.createElement('noscript');
  source.setAttribute(LATER_SOURCE, '');
  source.append(document.createTextNode(html));
  group.append(source);
  return group;
}

// A pace that asks for a block's worth whatever the time: one block per piece.
const blockAtATime: Pace = { chars: () => partHtml(0).length + 5, learn: () => {} };

/** Idle turns the test runs by hand, each with a deadline of `ms` that a piece of drawing uses up `perPiece` of. */
function idleTurns() {
  const turns: ((deadline: IdleTime) => void)[] = [];
  const idle = (work: (deadline: IdleTime) => void) => {
    turns.push(work);
    return () => void turns.splice(turns.indexOf(work), 1);
  };
  const run = (ms: number, perPiece: number, groups: Element[]) => {
    const pieces = () => groups.reduce((n, group) => n + group.querySelectorAll('[data-part], [data-widget]').length, 0);
    const before = pieces();
    const deadline = { timeRemaining: () => Math.max(0, ms - (pieces() - before) * perPiece) };
    turns.shift()?.(deadline);
  };
  return { turns, idle, run };
}

describe('drawing a long note\'s later groups when the page is idle', () => {
  test('pieces from the top down, as many as the deadline leaves time for, skipping groups already drawn, until stopped', () => {
    const groups = [0, 1, 2, 3].map((n) => sourceGroup(partHtml(n * 2) + partHtml(n * 2 + 1)));
    drawLaterSource(groups[1]!);
    const { turns, idle, run } = idleTurns();
    const stop = drawLaterWhenIdle(groups, idle, blockAtATime);
    // Each piece uses 10 ms of a 35 ms turn: three pieces, then too little left (the margin kept free).
    run(IDLE_MARGIN_MS + 25, 10, groups);
    expect(groups.map(holdsLaterSource)).toEqual([false, false, true, true]);
    expect(groups[2]!.querySelectorAll('[data-part]')).toHaveLength(1);
    // Too little time for a piece: nothing drawn, the next idle period asked for.
    run(IDLE_MARGIN_MS, 10, groups);
    expect(groups[2]!.querySelectorAll('[data-part]')).toHaveLength(1);
    expect(turns).toHaveLength(1);
    stop();
    expect(turns).toEqual([]);
    expect(holdsLaterSource(groups[3]!)).toBe(true);
  });

  test('ends once every group is drawn', () => {
    const groups = [0, 1].map((n) => sourceGroup(partHtml(n)));
    const { turns, idle, run } = idleTurns();
    drawLaterWhenIdle(groups, idle, blockAtATime);
    let count = 0;
    while (turns.length > 0) {
      run(50, 1, groups);
      count += 1;
    }
    expect(count).toBe(1);
    expect(groups.map(holdsLaterSource)).toEqual([false, false]);
  });
});

describe('drawing a group the reader nears', () => {
  test('a piece or more per turn, from the top, then done once whole; stopped, it draws no more and is not done', () => {
    const html = [1, 2, 3].map(partHtml).join('');
    const whole = sourceGroup(html);
    drawLaterSource(whole);
    const group = sourceGroup(html);
    const turns: (() => void)[] = [];
    const done = vi.fn();
    drawLaterSoon(group, done, (work) => {
      turns.push(work);
      return () => {};
    }, blockAtATime, 0);
    expect([...group.querySelectorAll('[data-part]')].map((part) => part.getAttribute('data-part'))).toEqual(['1']);
    turns.shift()?.();
    turns.shift()?.();
    expect(done).toHaveBeenCalledTimes(1);
    expect(turns).toEqual([]);
    expect(group.innerHTML).toBe(whole.innerHTML);

    const other = sourceGroup(html);
    const later: (() => void)[] = [];
    const otherDone = vi.fn();
    const stop = drawLaterSoon(other, otherDone, (work) => {
      later.push(work);
      return () => void later.splice(later.indexOf(work), 1);
    }, blockAtATime, 0);
    stop();
    expect(later).toEqual([]);
    expect(other.querySelectorAll('[data-part]')).toHaveLength(1);
    expect(otherDone).not.toHaveBeenCalled();
  });

  test('a group with nothing kept as text is done at once', () => {
    const group = document.createElement('div');
    const done = vi.fn();
    drawLaterSoon(group, done, () => () => {}, blockAtATime, 0);
    expect(done).toHaveBeenCalledTimes(1);
  });
});

describe('the pace of drawing', () => {
  test('sizes a piece to the time it has, slows down at once after a slow piece, speeds up by halves', () => {
    const pace = createPace(100);
    const first = pace.chars(40);
    expect(pace.chars(80)).toBeGreaterThan(first);
    pace.learn(1000, 40);
    const slow = pace.chars(40);
    expect(slow).toBeLessThan(first);
    pace.learn(4000, 40);
    const faster = pace.chars(40);
    expect(faster).toBeGreaterThan(slow);
    expect(faster).toBeLessThan(first);
  });

  test('never asks for more than MOST_CHARS however long the time', () => {
    const pace = createPace(1000);
    expect(pace.chars(10_000)).toBe(MOST_CHARS);
  });
});
