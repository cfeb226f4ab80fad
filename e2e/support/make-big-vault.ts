/**
 * Builds the site of the big-notes vault the `big` e2e project serves: a note of BIG_NOTE_MB megabytes (2 by
 * default: sixty-odd parts, while the build stays about a minute), a short note linking into it and a question
 * of a thousand option lines (many-options.ts), generated
 * at test time so megabytes never enter the repository. The build is skipped when the folder already holds
 * one made from the same sources (a stamp of them), since every e2e run starts every project's server; CI
 * always builds. Usage: tsx e2e/support/make-big-vault.ts <vault folder> <site folder>
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateBigNote } from '../../src/cli/gen-vault/big-note';
import { generateManyOptionsNote } from '../../src/cli/gen-vault/many-options';

const [folder, outDir] = process.argv.slice(2);
if (!folder || !outDir) throw new Error('usage: make-big-vault.ts <vault folder> <site folder>');
const megabytes = Number(process.env.BIG_NOTE_MB ?? 2);
const markdown = generateBigNote(megabytes * 1024 * 1024, 'big-note');
// A heading about seven tenths into the note: far enough to be in one of the last parts.
const headings = [...markdown.matchAll(/^## (Part \d+: .+)$/gm)].map((match) => match[1] ?? '');
const deep = headings[Math.floor(headings.length * 0.7)] ?? '';
// The short note links to the long one and into it (visits that reach it by a link), and carries a tag (a
// vault needs one to build: the tag route's loader must pre-render at least one page).
// A question of a thousand option lines, whose answer the note and the quiz draw a few options per task.
const manyOptions = generateManyOptionsNote(1000);
const small = `# Small note\n\nA short note beside [[big-note|the big one]]. #big-vault\n\nSee [[big-note#${deep}|a heading deep in the big note]].\n`;

/** Every file that decides what the build makes, hashed with the vault's own text. */
function stamp(): string {
  const hash = createHash('sha256').update(markdown).update(small).update(manyOptions);
  const files = ['package-lock.json', 'vite.config.ts', 'react-router.config.ts', 'index.html'].filter((file) => existsSync(file));
  for (const dir of ['src', 'public', 'patches']) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name));
  }
  for (const file of files.sort()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

const stampFile = path.join(outDir, '.big-vault-stamp');
const wanted = stamp();
if (!process.env.CI && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) process.exit(0);
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, 'big-note.md'), markdown);
writeFileSync(path.join(folder, 'small-note.md'), small);
writeFileSync(path.join(folder, 'many-options.md'), manyOptions);
const build = spawnSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--logLevel', 'error'], {
  stdio: 'inherit',
  env: { ...process.env, EXAMFLOW_CONTENT: folder },
});
if (build.status !== 0) process.exit(build.status ?? 1);
writeFileSync(stampFile, wanted);
