import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sitePaths } from './site-paths.ts';
import { rememberSitePaths, vaultSitePaths } from './vault-site-paths.ts';

const note = (slug: string, tags: string[], questionCount: number) => ({ slug, tags, questionCount });

test("the build's own parse is taken as told: the vault is not read again", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'site-paths-'));
  const notes = [note('a', ['service/kms'], 2), note('b', [], 0)];
  rememberSitePaths(dir, notes);
  // The folder holds no note at all: a read of it would fail with the empty-vault message.
  await expect(vaultSitePaths(dir)).resolves.toEqual(sitePaths(notes));
  await rm(dir, { recursive: true, force: true });
});

test('an empty vault is not told, so the build still says the vault has no notes', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'site-paths-empty-'));
  await writeFile(path.join(dir, 'readme.txt'), 'not a note');
  rememberSitePaths(dir, []);
  await expect(vaultSitePaths(dir)).rejects.toThrow();
  await rm(dir, { recursive: true, force: true });
});
