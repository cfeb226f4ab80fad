/**
 * `npm run search:eval`: how many queries of the search test set list a note they must find in their
 * top five over the vault sample, and how long a query takes over a generated vault of 5,000 notes
 * (median and p95), with the same functions the build and the browser use.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseVault } from '../content/parse-vault';
import { buildSearchIndex } from '../search/build-index';
import { parseSearchIndex, searchNotes, type SearchIndex } from '../search/search-notes';
import { generateVault } from './bench/generate';
import { median, percentile, timed } from './bench/stats';
import { readVault } from '../build/read-vault';
import { SEARCH_CASES } from './search-eval/queries';
import { hasVaultSample, VAULT_SAMPLE_DIR } from './vault-sample';

async function loadIndex(dir: string): Promise<SearchIndex> {
  // The analyses carry each note's search text from its parse, as the build's index does.
  const parsed = parseSearchIndex(buildSearchIndex(parseVault(await readVault(dir))));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.index;
}

async function main(): Promise<void> {
  if (!hasVaultSample) throw new Error(`the vault sample is not at ${VAULT_SAMPLE_DIR}`);
  const sample = await loadIndex(VAULT_SAMPLE_DIR);
  let found = 0;
  for (const { query, find, kind } of SEARCH_CASES) {
    const top = searchNotes(sample, query, { limit: 5 }).map((result) => result.slug);
    const hit = find.some((slug) => top.includes(slug));
    if (hit) found += 1;
    console.log(`${hit ? '✓' : '✗'} ${kind.padEnd(8)} ${query.padEnd(24)} ${hit ? '' : `top: ${top.join(', ') || '(nothing)'}`}`);
  }
  console.log(`\n${found} of ${SEARCH_CASES.length} queries list a note they must find in their top five.`);

  const size = Number(process.env.SEARCH_EVAL_NOTES ?? 5000);
  const work = await mkdtemp(path.join(os.tmpdir(), 'examflow-search-eval-'));
  try {
    const generated = await loadIndex((await generateVault(size, path.join(work, 'vault'))).dir);
    const queries = SEARCH_CASES.map((c) => c.query);
    // One untimed pass warms the JIT, as a reader types several queries.
    for (const query of queries) searchNotes(generated, query);
    // Each query's time is the median of five runs: on a shared machine a single run often measures a
    // garbage collection or another process holding the core rather than the query.
    const samples = queries.map((query) => median(Array.from({ length: 5 }, () => timed(() => searchNotes(generated, query)).ms)));
    console.log(`query time over ${size} generated notes (${samples.length} queries, each the median of 5 runs): median ${median(samples).toFixed(2)} ms, p95 ${percentile(samples, 0.95).toFixed(2)} ms`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
