// @vitest-environment jsdom
import { isEditableTarget, isSearchShortcut } from './shortcut';

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
}

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: document.body as EventTarget,
  ...mods,
});

describe('isSearchShortcut', () => {
  test.each([
    ['/', key('/'), true],
    ['Ctrl-K', key('k', { ctrlKey: true }), true],
    ['Ctrl-Shift-K', key('K', { ctrlKey: true }), true],
    ['Cmd-K', key('k', { metaKey: true }), true],
    ['k alone', key('k'), false],
    ['Ctrl-/', key('/', { ctrlKey: true }), false],
    ['Alt-/', key('/', { altKey: true }), false],
    ['/ in a text input', { ...key('/'), target: element('<input type="text">') }, false],
    ['Ctrl-K in a textarea', { ...key('k', { ctrlKey: true }), target: element('<textarea></textarea>') }, false],
    ['/ on a checkbox', { ...key('/'), target: element('<input type="checkbox">') }, true],
    ['/ on a button', { ...key('/'), target: element('<button>x</button>') }, true],
  ])('%s -> %s', (_name, event, expected) => {
    expect(isSearchShortcut(event)).toBe(expected);
  });
});

describe('isEditableTarget', () => {
  test.each([
    ['<input>', true],
    ['<input type="search">', true],
    ['<input type="radio">', false],
    ['<select></select>', true],
    ['<div contenteditable="true"></div>', true],
    ['<a href="/">x</a>', false],
  ])('%s -> %s', (html, expected) => {
    const target = element(html) as HTMLElement;
    // jsdom does not compute isContentEditable from the attribute.
    if (target.getAttribute('contenteditable') === 'true') Object.defineProperty(target, 'isContentEditable', { value: true });
    expect(isEditableTarget(target)).toBe(expected);
  });

  test('null is not editable', () => {
    expect(isEditableTarget(null)).toBe(false);
  });
});
