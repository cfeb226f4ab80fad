import type { NoteModule } from '../../content/note-module';
import { noteModuleCode, packModuleCode } from './note-module-code';
import { attachmentPlaceholder } from './render-vault';

const url = (file: string) => `/vault/${file}`;

describe('packModuleCode', () => {
  test.each([
    ['no attachments: plain JSON', [{ json: '{"slug":"a"}', attachments: [] }], 0, []],
    [
      'each note\'s placeholders count on from the notes before it',
      [
        { json: `{"html":"${attachmentPlaceholder(0)}"}`, attachments: ['one.png'] },
        { json: `{"html":"${attachmentPlaceholder(0)} ${attachmentPlaceholder(1)}"}`, attachments: ['two.png', 'three.png'] },
      ],
      3,
      [attachmentPlaceholder(0), attachmentPlaceholder(1), attachmentPlaceholder(2)],
    ],
  ] as [string, { json: string; attachments: string[] }[], number, string[]][])('%s', (_, parts, imports, placeholders) => {
    const code = packModuleCode(parts, url);
    expect(code.match(/^import a\d+ from/gm) ?? []).toHaveLength(imports);
    for (const placeholder of placeholders) expect(code).toContain(placeholder);
    if (imports > 0) expect(code).toContain('import a2 from "/vault/three.png?no-inline"');
  });
});

describe('noteModuleCode', () => {
  // The module's code run as a function body: its imports become `load(id)`, its default export the result.
  const run = (code: string, load: (id: string) => unknown) =>
    new Function('load', code.replace(/^import (\w+) from ("[^"]+");$/gm, 'const $1 = load($2);').replace(/^export default /m, 'return '))(load) as () => NoteModule;

  test.each([
    ['without attachments', [] as string[], '{"slug":"a","html":"<p>a</p>"}', { slug: 'a', html: '<p>a</p>' }],
    ['with an attachment', ['one.png'], `{"slug":"a","html":"<img src=\\"${attachmentPlaceholder(0)}\\">"}`, { slug: 'a', html: '<img src="/assets/one.png">' }],
  ])('%s: exports a function that parses the note anew on each call, so a page rendered from it keeps nothing', (_, attachments, json, expected) => {
    const note = JSON.parse(json) as NoteModule;
    const read = run(noteModuleCode(note, { attachments }, url), (id) => id.replace(/^\/vault\/(.*)\?no-inline$/, '/assets/$1'));
    expect(typeof read).toBe('function');
    const first = read();
    expect(first).toEqual(expected);
    expect(read()).not.toBe(first);
  });
});
