/**
 * `npm run bench`: parse throughput, build time and memory, the home page's JavaScript and the search
 * index at 1,000 and 5,000 generated notes (plus the real sample vault when it is there). Prints tables
 * and writes bench-results/bench.json. Numbers depend on the machine; compare runs on the same one.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { INITIAL_JS_BUDGET, measureBundle, type BundleReport } from './bench/bundle-size';
import { measureDiagrams, type DiagramResult } from './bench/diagram-bench';
import { formatKb, formatNumber, formatTable } from './bench/format-table';
import { generateVault } from './bench/generate';
import { measureParse, type ParseResult } from './bench/parse-throughput';
import { measureSearch, type SearchResult } from './bench/search-bench';
import { measureViteBuild, timedConfigSource, type BuildResult } from './bench/vite-build';
import { hasVaultSample, VAULT_SAMPLE_DIR } from './vault-sample';

const SIZES = [1000, 5000] as const;

interface Vault {
  name: string;
  dir: string;
}

interface BuildRow extends BuildResult {
  vault: string;
  notes: number;
  bundle: Omit<BundleReport, 'lazy'> & { largestLazy: BundleReport['lazy'] };
}

const seconds = (ms: number) => `${formatNumber(ms / 1000, 1)} s`;

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'examflow-bench-'));
  try {
    const vaults: Vault[] = [{ name: 'content/', dir: path.resolve('content') }];
    if (hasVaultSample) vaults.push({ name: 'vault-sample', dir: VAULT_SAMPLE_DIR });
    else console.log(`(${VAULT_SAMPLE_DIR} is absent: the real-vault rows are skipped)`);
    for (const size of SIZES) {
      const generated = await generateVault(size, path.join(work, `vault-${size}`));
      console.log(`generated ${size} notes in ${seconds(generated.ms)}`);
      vaults.push({ name: `generated ${formatNumber(size)}`, dir: generated.dir });
    }

    const parses: (ParseResult & { vault: string })[] = [];
    const searches: (SearchResult & { vault: string })[] = [];
    const diagrams: (DiagramResult & { vault: string })[] = [];
    for (const vault of vaults) {
      const { result, notes } = await measureParse(vault.dir);
      parses.push({ vault: vault.name, ...result });
      if (vault.name !== 'content/') searches.push({ vault: vault.name, ...measureSearch(notes) });
      diagrams.push({ vault: vault.name, ...measureDiagrams(notes) });
    }

    const builds: BuildRow[] = [];
    await mkdir('bench-results', { recursive: true });
    const configFile = path.resolve('bench-results/vite.bench.config.ts');
    await writeFile(configFile, timedConfigSource(process.cwd()));
    for (const vault of vaults) {
      const outDir = path.join(work, `dist-${builds.length}`);
      const build = await measureViteBuild(vault.dir, outDir, configFile);
      const { lazy, ...bundle } = await measureBundle(outDir);
      const notes = parses.find((p) => p.vault === vault.name)?.notes ?? 0;
      builds.push({ vault: vault.name, notes, ...build, bundle: { ...bundle, largestLazy: lazy.slice(0, 5) } });
      console.log(`built ${vault.name} in ${seconds(build.wallMs)}`);
      await rm(outDir, { recursive: true, force: true });
    }
    await rm(configFile, { force: true });

    print(parses, builds, searches, diagrams);
    await mkdir('bench-results', { recursive: true });
    const machine = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memoryGb: os.totalmem() / 2 ** 30 };
    const json = { date: new Date().toISOString(), machine, parses, builds, searches, diagrams };
    await writeFile('bench-results/bench.json', `${JSON.stringify(json, null, 2)}\n`);
    console.log('\nSaved bench-results/bench.json');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function print(
  parses: (ParseResult & { vault: string })[], builds: BuildRow[], searches: (SearchResult & { vault: string })[],
  diagrams: (DiagramResult & { vault: string })[],
) {
  console.log('\nDiagram reader (in process, median of 3 after a warm-up; passes from one more run)');
  const passNames = [...new Set(diagrams.flatMap((d) => Object.keys(d.passes)))];
  console.log(formatTable(
    ['vault', 'blocks', 'parsed', 'per block', ...passNames],
    diagrams.map((d) => [d.vault, formatNumber(d.blocks), formatNumber(d.parsed), `${formatNumber(d.msPerBlock, 3)} ms`,
      ...passNames.map((name) => `${formatNumber(d.passes[name] ?? 0, 3)} ms`)]),
  ));
  console.log('\nParse (in process, median of 3 after a warm-up)');
  console.log(formatTable(
    ['vault', 'notes', 'MB', 'read', 'parse', 'notes/s'],
    parses.map((p) => [p.vault, formatNumber(p.notes), formatNumber(p.megabytes, 1), `${formatNumber(p.readMs)} ms`,
      `${formatNumber(p.parseMs)} ms`, formatNumber(p.notesPerSecond)]),
  ));
  console.log(`\nvite build (child process) and the built site; home JS budget ${formatKb(INITIAL_JS_BUDGET)} gzipped`);
  console.log(formatTable(
    ['vault', 'notes', 'build', 'peak RSS', 'home JS gz', 'note chunks gz', 'median note gz', 'precache', 'sw.js'],
    builds.map((b) => [b.vault, formatNumber(b.notes), seconds(b.wallMs), `${formatNumber(b.peakRssMb)} MB`,
      formatKb(b.bundle.initialGzip), formatKb(b.bundle.notes.gzipTotal), formatKb(b.bundle.notes.gzipMedian),
      formatNumber(b.precacheEntries), formatKb(b.swBytes)]),
  ));
  console.log('\nWhere the build time goes (modules = loading and transforming, including parsing and search indexing)');
  const phaseNames = ['startup', 'modules', 'render', 'emit', 'after'];
  console.log(formatTable(
    ['vault', ...phaseNames],
    builds.map((b) => [b.vault, ...phaseNames.map((name) => (b.phases ? seconds(b.phases[name] ?? Number.NaN) : 'n/a'))]),
  ));
  const slow = builds.filter((b) => b.slowPlugins.length > 0);
  for (const b of slow) console.log(`  ${b.vault}: rolldown reports slow plugins: ${b.slowPlugins.join('; ')}`);
  console.log('\nSearch index (build-time minisearch, queried as the browser does)');
  console.log(formatTable(
    ['vault', 'notes', 'build', 'size', 'gzip', 'load', 'queries', 'median', 'p95', 'no hit'],
    searches.map((s) => [s.vault, formatNumber(s.notes), `${formatNumber(s.buildMs)} ms`, formatKb(s.bytes),
      formatKb(s.gzipBytes), `${formatNumber(s.loadMs)} ms`, formatNumber(s.queries), `${formatNumber(s.medianMs, 2)} ms`,
      `${formatNumber(s.p95Ms, 2)} ms`, formatNumber(s.emptyResults)]),
  ));
}

await main();
