/** How the build's parse scales with worker threads: the same notes parsed fresh with 0 (in process), 2 and 4 workers. */
import path from 'node:path';
import { parseNotes } from '../../build/parse-notes';
import { readVault } from '../../build/read-vault';

/** One parse of the vault with a number of workers. */
export interface WorkerRow {
  workers: number;
  notes: number;
  ms: number;
}

/** Parses the vault at `dir` without the cache once per entry of `counts`, through the build's own parse. */
export async function measureWorkers(dir: string, counts: readonly number[] = [0, 2, 4]): Promise<WorkerRow[]> {
  const files = await readVault(dir);
  const rows: WorkerRow[] = [];
  for (const workers of counts) {
    const { stats } = await parseNotes(files, {
      vaultDir: dir,
      srcDir: path.resolve('src'),
      cacheDir: path.resolve('node_modules', '.cache', 'examflow'),
      cacheNotes: false,
      workers,
      minForWorkers: 1,
    });
    rows.push({ workers: stats.workers, notes: stats.notes, ms: stats.ms });
  }
  return rows;
}
