/** Generated vaults for the benchmark, written by the project's own `gen:vault` command. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Writes `count` synthetic notes into `dir` with a fixed seed, so every bench run sees the same vault. */
export async function generateVault(count: number, dir: string): Promise<{ dir: string; ms: number }> {
  const start = performance.now();
  await run(path.resolve('node_modules/.bin/tsx'), ['src/cli/gen-vault.ts', String(count), dir, '--seed', 'bench'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return { dir, ms: performance.now() - start };
}
