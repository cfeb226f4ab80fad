/**
 * `npm run bench`: examflow and VitePress 1.6.4 building the same notes (the sample vault and 1,000 and
 * 5,000 generated ones), a rebuild after one note changes, parse workers vs time, each page's first-visit
 * weight against its budget, the first search, parse throughput and the search index. Prints tables and
 * writes bench-results/bench.json. Slow (many minutes): `--sizes` and `--skip` run only parts of it.
 * Numbers depend on the machine and its load; compare runs on the same one.
 */
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { hashOf } from '../build/parse-cache';
import { readVault } from '../build/read-vault';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from './bench/bench-args';
import { measureBundle } from './bench/bundle-size';
import { measureDiagrams } from './bench/diagram-bench';
import { measureFirstSearch } from './bench/first-search';
import { generateVault } from './bench/generate';
import { measurePages } from './bench/page-weight';
import { measureParse } from './bench/parse-throughput';
import { startPreview } from './bench/preview-server';
import { printTables, type BenchReport, type BuildRow } from './bench/print-tables';
import { errorLine } from './bench/run-failure';
import { measureSearch, sampleQueries } from './bench/search-bench';
import { measureViteBuild, timedConfigSource } from './bench/vite-build';
import { docsFolder, ensureVitePress, measureVitePressBuild, prepareDocs } from './bench/vitepress';
import { measureWorkers } from './bench/worker-scaling';
import { hasVaultSample, VAULT_SAMPLE_DIR } from './vault-sample';

interface Vault {
  name: string;
  dir: string;
}

const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' ');

/** The vaults to measure, copied into `work` so a rebuild may change a note and the parse cache starts empty. */
async function prepareVaults(args: BenchArgs, work: string): Promise<Vault[]> {
  const vaults: Vault[] = [];
  for (const size of args.sizes) {
    const dir = path.join(work, `vault-${size}`);
    if (size === 'sample' && !hasVaultSample) console.log(`(${VAULT_SAMPLE_DIR} is absent: the sample's rows are skipped)`);
    else if (typeof size === 'string') {
      await cp(size === 'sample' ? VAULT_SAMPLE_DIR : path.resolve('content'), dir, { recursive: true });
      vaults.push({ name: size === 'sample' ? 'vault-sample' : 'content/', dir });
    } else {
      await generateVault(size, dir);
      vaults.push({ name: `generated ${size.toLocaleString('en-US')}`, dir });
    }
  }
  return vaults;
}

/** Appends a sentence to the vault's first note, as an edit between two builds. */
async function touchOneNote(dir: string): Promise<void> {
  const [first] = await readVault(dir);
  if (first) await appendFile(path.join(dir, first.file), '\n\nOne more sentence, written between two builds.\n');
}

/** Pages of a built site to weigh: home, the first note and the first tag of its sitemap. */
async function pagesOf(outDir: string): Promise<string[]> {
  const sitemap = await readFile(path.join(outDir, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return ['/', ...[paths.find((p) => p.startsWith('/notes/')), paths.find((p) => p.startsWith('/tags/'))].filter((p) => p !== undefined)];
}

/** Runs one step of a vault's measurements; a failure is recorded in the report and the bench goes on. */
async function attempt(report: BenchReport, vault: string, step: string, work: () => Promise<void>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    report.failures.push({ vault, step, message: errorLine(error) });
    console.log(`${vault}: ${step} failed: ${errorLine(error)}`);
    return false;
  }
}

async function measureVault(vault: Vault, args: BenchArgs, work: string, configFile: string, report: BenchReport): Promise<void> {
  const { result: parse, notes } = await measureParse(vault.dir, args.skip.has('parse') ? 0 : 3);
  if (!args.skip.has('parse')) {
    report.parses.push({ vault: vault.name, ...parse });
    report.diagrams.push({ vault: vault.name, ...measureDiagrams(notes) });
    report.searches.push({ vault: vault.name, ...measureSearch(notes) });
  }
  if (!args.skip.has('workers') && report.workers.length === 0 && notes.length >= 500) {
    await attempt(report, vault.name, 'parse workers', async () => {
      report.workers.push(...(await measureWorkers(vault.dir)).map((row) => ({ vault: vault.name, ...row })));
    });
  }
  const outDir = path.join(work, 'dist');
  let row: BuildRow | undefined;
  await attempt(report, vault.name, 'examflow build', async () => {
    const build = await measureViteBuild(vault.dir, outDir, configFile);
    const { lazy: _lazy, ...bundle } = await measureBundle(outDir);
    row = { vault: vault.name, notes: notes.length, load: load(), ...build, bundle, rebuild: null, vitepress: null };
    report.builds.push(row);
    console.log(`built ${vault.name} in ${(build.wallMs / 1000).toFixed(1)} s (load ${row.load})`);
  });
  if (row && (!args.skip.has('pages') || !args.skip.has('search'))) {
    await attempt(report, vault.name, 'pages and first search', async () => {
      const server = await startPreview(outDir, args.port);
      try {
        if (!args.skip.has('pages')) report.pages.push(...(await measurePages(server.origin, await pagesOf(outDir))).map((page) => ({ vault: vault.name, ...page })));
        if (!args.skip.has('search')) report.firstSearches.push({ vault: vault.name, ...(await measureFirstSearch(server.origin, sampleQueries(notes, 1)[0] ?? 'note')) });
      } finally {
        await server.stop();
      }
    });
  }
  if (row && !args.skip.has('rebuild')) {
    const built = row;
    await attempt(report, vault.name, 'rebuild after one note', async () => {
      await touchOneNote(vault.dir);
      const again = await measureViteBuild(vault.dir, outDir, configFile);
      built.rebuild = { wallMs: again.wallMs, cpuMs: again.cpuMs, peakRssMb: again.peakRssMb };
    });
  }
  await rm(outDir, { recursive: true, force: true });
  // The parse cache of this throwaway copy would only take room.
  await rm(path.resolve('node_modules/.cache/examflow/notes', hashOf(path.resolve(vault.dir)).slice(0, 12)), { recursive: true, force: true });
  if (!args.skip.has('vitepress')) {
    await attempt(report, vault.name, 'VitePress build', async () => {
      const cli = await ensureVitePress();
      const docs = docsFolder(vault.name);
      await prepareDocs(vault.dir, docs);
      const run = { load: load(), vault: vault.name, notes: notes.length, ...(await measureVitePressBuild(cli, docs, args.vitepressHeapMb)) };
      report.vitepress.push(run);
      if (row) row.vitepress = run;
      const seconds = (run.wallMs / 1000).toFixed(1);
      console.log(run.failure ? `VitePress failed on ${vault.name} after ${seconds} s: ${run.failure}` : `VitePress built ${vault.name} in ${seconds} s (load ${run.load})`);
      await rm(docs, { recursive: true, force: true });
    });
  }
}

async function main(): Promise<number> {
  const parsedArgs = parseBenchArgs(process.argv.slice(2));
  if (!parsedArgs.ok) {
    console.error(`bench: ${parsedArgs.error}\n${BENCH_USAGE}`);
    return 2;
  }
  const args = parsedArgs.args;
  const work = await mkdtemp(path.join(os.tmpdir(), 'examflow-bench-'));
  const report: BenchReport = { parses: [], searches: [], diagrams: [], builds: [], vitepress: [], workers: [], pages: [], firstSearches: [], failures: [] };
  await mkdir('bench-results', { recursive: true });
  const configFile = path.resolve('bench-results/vite.bench.config.ts');
  try {
    await writeFile(configFile, timedConfigSource(process.cwd()));
    for (const vault of await prepareVaults(args, work)) await measureVault(vault, args, work, configFile, report);
  } finally {
    await rm(configFile, { force: true });
    await rm(work, { recursive: true, force: true });
  }
  printTables(report);
  const machine = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memoryGb: os.totalmem() / 2 ** 30 };
  await writeFile('bench-results/bench.json', `${JSON.stringify({ date: new Date().toISOString(), machine, ...report }, null, 2)}\n`);
  console.log('\nSaved bench-results/bench.json');
  return 0;
}

process.exitCode = await main();
