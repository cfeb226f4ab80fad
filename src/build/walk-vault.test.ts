import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanVault } from './read-vault.ts';
import { walkVault } from './walk-vault.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder with the given files and symlinks (link path -> target, relative to the link's folder). */
function tree(files: string[], links: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'examflow-walk-'));
  made.push(dir);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), `# ${path.basename(file)}\n`);
  }
  for (const [link, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(dir, link)), { recursive: true });
    symlinkSync(target, path.join(dir, link));
  }
  return dir;
}

describe('walkVault', () => {
  test('two symlink loops end where they begin, each reported once, every real note read once', async () => {
    // vault/a/up -> vault (a loop through the root), vault/b/c/back -> vault/b (a loop one level up).
    const dir = tree(['a/one.md', 'b/c/two.md'], { 'a/up': '..', 'b/c/back': '..' });
    const walk = await walkVault(dir);
    expect(walk.files).toEqual(['a/one.md', 'b/c/two.md']);
    expect(walk.skippedLinks).toEqual([
      { file: 'a/up', reason: 'loop' },
      { file: 'b/c/back', reason: 'loop' },
    ]);
  });

  test('a symlinked note and a symlinked folder outside the vault count as notes', async () => {
    const outside = tree(['shared/linked-folder-note.md', 'single.md']);
    const dir = tree(['real.md'], {
      'linked-note.md': path.join(outside, 'single.md'),
      'shared': path.join(outside, 'shared'),
    });
    const walk = await walkVault(dir);
    expect(walk.files).toEqual(['linked-note.md', 'real.md', 'shared/linked-folder-note.md']);
    expect(walk.folders).toContain(path.join(outside, 'shared'));
  });

  test('a second link to a folder already read, and a link to nothing, are reported and left alone', async () => {
    const dir = tree(['notes/n.md'], { 'alias': 'notes', 'gone': 'no-such-folder' });
    const walk = await walkVault(dir);
    expect(walk.files).toEqual(['notes/n.md']);
    expect(walk.skippedLinks).toEqual(expect.arrayContaining([
      { file: 'alias', reason: 'repeat' },
      { file: 'gone', reason: 'broken' },
    ]));
  });

  test('a linked folder that holds the vault itself does not read the vault twice', async () => {
    const outer = tree(['vault/v.md', 'sibling/s.md']);
    const dir = path.join(outer, 'vault');
    symlinkSync(outer, path.join(dir, 'outer'));
    const walk = await walkVault(dir);
    expect(walk.files).toEqual(['outer/sibling/s.md', 'v.md']);
    expect(walk.skippedLinks).toEqual([{ file: 'outer/vault', reason: 'loop' }]);
  });

  test('the build reads symlinked notes through scanVault, as the dev server does', async () => {
    const outside = tree(['elsewhere.md']);
    const dir = tree(['here.md'], { 'there.md': path.join(outside, 'elsewhere.md'), 'loop': '.' });
    const scanned = await scanVault(dir);
    expect(scanned.files.map((file) => [file.file, file.markdown])).toEqual([
      ['here.md', '# here.md\n'],
      ['there.md', '# elsewhere.md\n'],
    ]);
    expect(scanned.skippedLinks).toEqual([{ file: 'loop', reason: 'loop' }]);
  });
});
