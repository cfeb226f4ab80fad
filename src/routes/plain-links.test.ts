import { followsInApp, type LinkClick } from './plain-links';

const plain: LinkClick = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const link = (target = '', attributes: string[] = []) => ({ target, hasAttribute: (name: string) => attributes.includes(name) });

describe('followsInApp', () => {
  test.each([
    ['a plain left click', plain, link(), true],
    ['a click on a link that opens here by name', plain, link('_self'), true],
    ['a middle click (a new tab)', { ...plain, button: 1 }, link(), false],
    ['a ctrl click', { ...plain, ctrlKey: true }, link(), false],
    ['a cmd click', { ...plain, metaKey: true }, link(), false],
    ['a shift click (a new window)', { ...plain, shiftKey: true }, link(), false],
    ['an alt click (a download)', { ...plain, altKey: true }, link(), false],
    ['a click already handled', { ...plain, defaultPrevented: true }, link(), false],
    ['a link to another window', plain, link('_blank'), false],
    ['a download link', plain, link('', ['download']), false],
  ])('%s: %s', (_name, click, target, expected) => {
    expect(followsInApp(click, target)).toBe(expected);
  });
});
