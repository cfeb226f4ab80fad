/** How fast the parser turns a vault into notes, measured in process. */
import { readVault, type VaultFile } from '../../build/read-vault';
import { parseVault } from '../../content/parse-vault';
import type { Note } from '../../content/types';
import { median, timed } from './stats';

/** Parse throughput of one vault: the median of a few runs after a warm-up. */
export interface ParseResult {
  notes: number;
  megabytes: number;
  readMs: number;
  parseMs: number;
  notesPerSecond: number;
}

/** Reads a vault, parses it `runs` times after one warm-up run, and returns the notes for later stages. */
export async function measureParse(dir: string, runs = 3): Promise<{ result: ParseResult; notes: Note[] }> {
  const start = performance.now();
  const files: VaultFile[] = await readVault(dir);
  const readMs = performance.now() - start;
  let notes = parseVault(files).map((analysis) => analysis.note);
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { value, ms } = timed(() => parseVault(files));
    notes = value.map((analysis) => analysis.note);
    samples.push(ms);
  }
  const parseMs = median(samples);
  const bytes = files.reduce((total, file) => total + Buffer.byteLength(file.markdown, 'utf8'), 0);
  return {
    result: {
      notes: files.length,
      megabytes: bytes / 1e6,
      readMs,
      parseMs,
      notesPerSecond: files.length / (parseMs / 1000),
    },
    notes,
  };
}
