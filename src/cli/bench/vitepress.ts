/**
 * VitePress 1.6.4 building the same notes, for a side-by-side build time. It is installed on first use into
 * a cache folder from the npm registry, never as a dependency of the app.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { scanVault } from '../../build/read-vault';
import { walkVault } from '../../build/walk-vault';
import { describeFailure } from './run-failure';
import { runTimed, type RunCost } from './timed-run';

const run = promisify(execFile);

/** The VitePress release the issue compares against. */
export const VITEPRESS_VERSION = '1.6.4';

/** Where the bench keeps its own VitePress, inside the project's git-ignored node_modules. */
export const VITEPRESS_CACHE = path.join('node_modules', '.cache', 'examflow-bench', 'vitepress');

/** Installs VitePress into `cacheDir` unless that version is there already; returns its CLI. */
export async function ensureVitePress(cacheDir = path.resolve(VITEPRESS_CACHE)): Promise<string> {
  const cli = path.join(cacheDir, 'node_modules', 'vitepress', 'bin', 'vitepress.js');
  const manifest = path.join(cacheDir, 'node_modules', 'vitepress', 'package.json');
  const installed = existsSync(manifest) ? (JSON.parse(await readFile(manifest, 'utf8')) as { version?: string }).version : undefined;
  if (installed === VITEPRESS_VERSION) return cli;
  await mkdir(cacheDir, { recursive: true });
  // A package.json of its own keeps npm from walking up into the app's and adding VitePress there.
  if (!existsSync(path.join(cacheDir, 'package.json'))) await writeFile(path.join(cacheDir, 'package.json'), '{ "private": true }\n');
  console.log(`installing vitepress@${VITEPRESS_VERSION} into ${path.relative(process.cwd(), cacheDir)} (first use only)`);
  await run('npm', ['install', '--prefix', cacheDir, `vitepress@${VITEPRESS_VERSION}`, '--no-audit', '--no-fund', '--loglevel=error'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return cli;
}

/** The minimal site config: local search on (as the app has search), dead links allowed ([[wiki links]] stay text). */
export const VITEPRESS_CONFIG = `export default {
  title: 'bench',
  lang: 'ko',
  ignoreDeadLinks: true,
  themeConfig: { search: { provider: 'local' } },
};
`;

/**
 * A note as VitePress can take it: the body wrapped in a \`v-pre\` container so Vue leaves text such as
 * \`{{ x }}\` alone; the frontmatter stays first.
 */
export function toVitePressPage(markdown: string): string {
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(markdown)?.[0] ?? '';
  return `${frontmatter}\n::: v-pre\n${markdown.slice(frontmatter.length)}\n:::\n`;
}

/** Where the site of one vault is written: inside the cache folder, so that its pages find `vue` in the cache's node_modules. */
export function docsFolder(name: string, cacheDir = path.resolve(VITEPRESS_CACHE)): string {
  return path.join(cacheDir, 'sites', name.replace(/[^\w-]+/g, '-'));
}

/** Copies the vault's notes (as the app reads them, templates left out) and its other files into `docsDir`. */
export async function prepareDocs(vaultDir: string, docsDir: string): Promise<number> {
  await rm(docsDir, { recursive: true, force: true });
  const { files } = await scanVault(vaultDir);
  for (const file of (await walkVault(vaultDir)).files.filter((name) => !name.toLowerCase().endsWith('.md'))) {
    await cp(path.join(vaultDir, file), path.join(docsDir, file), { force: true });
  }
  for (const note of files) {
    const target = path.join(docsDir, note.file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, toVitePressPage(note.markdown));
  }
  await mkdir(path.join(docsDir, '.vitepress'), { recursive: true });
  await writeFile(path.join(docsDir, '.vitepress', 'config.mjs'), VITEPRESS_CONFIG);
  if (!files.some((note) => note.file === 'index.md')) await writeFile(path.join(docsDir, 'index.md'), '# bench\n');
  return files.length;
}

/** What a VitePress build cost, and why it failed when it did (its cost up to the failure is kept). */
export interface VitePressRun extends RunCost {
  failure: string | null;
  /** The V8 heap limit it ran with, in megabytes. */
  heapMb: number;
}

/**
 * Builds `docsDir` with the VitePress CLI `cli` in a child process with a `heapMb` heap and reads what it
 * cost. Node's default heap (about 4 GB here) is too small for VitePress at 5,000 notes; a larger one
 * measures how long it takes instead of where it breaks.
 */
export async function measureVitePressBuild(cli: string, docsDir: string, heapMb: number): Promise<VitePressRun> {
  const result = await runTimed(process.execPath, [`--max-old-space-size=${heapMb}`, cli, 'build', docsDir], { env: { NODE_ENV: 'production' } });
  const { code, stdout: _stdout, stderr, ...cost } = result;
  return { ...cost, heapMb, failure: code === 0 ? null : describeFailure(code, stderr, heapMb) };
}
