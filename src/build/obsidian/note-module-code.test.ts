import { packModuleCode } from './note-module-code';
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
