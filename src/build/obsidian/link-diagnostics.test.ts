import { brokenLinks } from './link-diagnostics.ts';

const check = {
  resolveNote: (target: string) => (target === 'known' ? {} : null),
  resolveAttachment: (target: string) => (target === 'pic.png' ? 'pic.png' : null),
};

describe('brokenLinks', () => {
  test('warns for each missing note or file, with its line', () => {
    const markdown = '# T\n\n[[known]] and [[gone]]\n\n![[pic.png]]\n![[lost.png]]\n\n![[gone#part]]\n';
    expect(brokenLinks(markdown, 'n.md', check)).toEqual([
      { severity: 'warning', line: 3, code: 'link-broken', args: { target: 'gone' }, message: 'Broken link: no note "gone" in the vault' },
      { severity: 'warning', line: 6, code: 'embed-file-broken', args: { target: 'lost.png' }, message: 'Broken embed: no file "lost.png" in the vault' },
      { severity: 'warning', line: 8, code: 'embed-note-broken', args: { target: 'gone' }, message: 'Broken embed: no note "gone" in the vault' },
    ]);
  });

  test.each([
    ['code', '`[[gone]]`\n\n```\n[[gone]]\n```'],
    ['a comment', '%%[[gone]]%%'],
    ['a same-note heading link', '[[#Heading]]'],
  ])('ignores links in %s', (_, markdown) => {
    expect(brokenLinks(markdown, 'n.md', check)).toEqual([]);
  });
});
