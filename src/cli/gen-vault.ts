/**
 * `npm run gen:vault -- N DIR [--seed S]`: writes a synthetic vault of N notes in the real notes' format,
 * for benchmarks and scale tests. Existing files of the same name are overwritten; nothing else is deleted.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseGenVaultArgs, USAGE } from './gen-vault/args';
import { generateVault } from './gen-vault/vault';

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseGenVaultArgs(argv);
  if (!parsed.ok) {
    console.error(`gen:vault: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { count, dir, seed } = parsed.args;
  const root = resolve(dir);
  const files = generateVault(count, seed);
  let bytes = 0;
  let questions = 0;
  for (const file of files) {
    const target = join(root, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.note.markdown, 'utf8');
    bytes += Buffer.byteLength(file.note.markdown, 'utf8');
    questions += file.note.questions.length;
  }
  console.log(`gen:vault: wrote ${files.length} notes (${questions} questions, ${(bytes / 1024).toFixed(0)} KB) to ${root} with seed "${seed}"`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    console.error(`gen:vault: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
