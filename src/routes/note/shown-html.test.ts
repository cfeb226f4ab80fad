// @vitest-environment jsdom
import type { NoteModule } from '../../content/note-module';
import type { NoteBlock } from '../../content/types';
import { withShownHtml } from './shown-html';

const note = (blocks: NoteBlock[]) => ({ slug: 'a', blocks }) as unknown as NoteModule;
const body = (html: string) => {
  const element = document.createElement('div');
  element.innerHTML = html;
  return () => element;
};

describe('withShownHtml', () => {
  test('a block whose HTML the page\'s data left out takes the HTML of its element in the page, in order', () => {
    const given = note([
      { kind: 'markdown', markdown: '', html: null },
      { kind: 'question', index: 0 },
      { kind: 'markdown', markdown: '', html: '<p>kept</p>' },
      { kind: 'markdown', markdown: '', html: null },
      { kind: 'part', index: 0 },
      { kind: 'markdown', markdown: '', html: null },
    ]);
    const page = body('<div class="markdown"><p>one</p></div><section class="question">Q</section><div class="markdown"><p>kept</p></div><div class="markdown"><p>three <b>3</b></p></div><div class="note-body-later"></div>');
    const whole = withShownHtml(given, page);
    expect(whole.blocks).toEqual([
      { kind: 'markdown', markdown: '', html: '<p>one</p>' },
      { kind: 'question', index: 0 },
      { kind: 'markdown', markdown: '', html: '<p>kept</p>' },
      { kind: 'markdown', markdown: '', html: '<p>three <b>3</b></p>' },
      { kind: 'part', index: 0 },
      // Past the first later part the page holds the blocks as text, not elements: left as they came.
      { kind: 'markdown', markdown: '', html: null },
    ]);
    // The same note each time: the page draws it once.
    expect(withShownHtml(given, page)).toBe(whole);
  });

  test('a note with nothing left out is given as it is, and the page is not read', () => {
    const given = note([{ kind: 'markdown', markdown: 'x', html: '<p>x</p>' }]);
    const read = vi.fn(() => null);
    expect(withShownHtml(given, read)).toBe(given);
    expect(read).not.toHaveBeenCalled();
  });

  test('when the page\'s elements are not the note\'s blocks, the HTML stays left out (the page keeps what it shows)', () => {
    const given = note([{ kind: 'markdown', markdown: '', html: null }, { kind: 'markdown', markdown: '', html: null }]);
    expect(withShownHtml(given, body('<div class="markdown"><p>one</p></div>'))).toBe(given);
    expect(withShownHtml(note([{ kind: 'markdown', markdown: '', html: null }]), () => null).blocks[0]).toEqual({ kind: 'markdown', markdown: '', html: null });
  });
});
