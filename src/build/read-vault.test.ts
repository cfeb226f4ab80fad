import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanVault } from './read-vault';

function vault(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'examflow-vault-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const NOTE = '# A note\n\nText.\n';

describe('scanVault', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  test.each([
    [
      'the folder templates.json names',
      { '.obsidian/templates.json': '{"folder":"Meta/tpl"}', 'Meta/tpl/a.md': NOTE, 'templates/b.md': NOTE, 'c.md': NOTE },
      ['c.md', 'templates/b.md'],
      ['Meta/tpl/a.md'],
    ],
    [
      'any templates/ folder when there is no config',
      { 'Meta/templates/a.md': NOTE, 'Templates/b.md': NOTE, 'c.md': NOTE },
      ['c.md'],
      ['Meta/templates/a.md', 'Templates/b.md'],
    ],
    [
      'dot-folders and the trash',
      { '.obsidian/x.md': NOTE, '.trash/old.md': NOTE, 'a/.hidden/y.md': NOTE, 'a/z.md': NOTE },
      ['a/z.md'],
      [],
    ],
    ['a template by its variables', { 'daily.md': '# {{title}}\n', 'b.md': NOTE }, ['b.md'], ['daily.md']],
  ])('skips %s', async (_name, files, notes, skipped) => {
    const dir = vault(files);
    made.push(dir);
    const scanned = await scanVault(dir);
    expect(scanned.files.map((entry) => entry.file)).toEqual(notes);
    expect(scanned.skipped.map((entry) => entry.file)).toEqual(skipped);
  });
});
