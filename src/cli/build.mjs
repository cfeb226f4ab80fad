// `npm run build`: Vite's build, with rolldown's allocator told to give freed memory back at once. Rolldown's
// native code allocates with mimalloc, which by default keeps freed pages for a while; across a build that
// parses a whole vault, then bundles the browser's and the server's code and renders every note, those kept
// pages add up to the largest part of the peak. Two settings: no purge delay, and its arena committed on demand.
// An arena committed eagerly (mimalloc's default where the system overcommits, as Linux does) cannot be
// decommitted, so its freed pages were only marked free (MADV_FREE), which leaves them in the process's RSS until
// the system runs short: at 5,000 notes that arena's resident memory only grew, to ~280 MB by the pre-render.
// mimalloc reads its settings once, when rolldown's native module loads, so they must be in the environment
// before Vite is imported: here, not in vite.config.ts. Plain JavaScript, so Node runs it on every platform with
// no loader and no shell syntax for the variables.
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/**
 * The environment the build runs in: `env`, with mimalloc's purge delay at 0 (freed pages go back to the
 * system at once) and its arena committed on demand (so giving them back lowers the RSS), unless the caller
 * chose otherwise.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
export function buildEnvironment(env) {
  return { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0', ...env };
}

/** Runs Vite's own command line as `vite build <args>` in this process, once the environment is set. */
async function main() {
  Object.assign(process.env, buildEnvironment(process.env));
  const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  process.argv = [process.argv[0] ?? 'node', vite, 'build', ...process.argv.slice(2)];
  await import(pathToFileURL(vite).href);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
