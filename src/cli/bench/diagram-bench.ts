/** Where the diagram reader spends its time: per block, and per pass, over every flow block of a vault. */
import type { Note } from '../../content/types';
import { parseDiagram, type PassTimes } from '../../diagram/parse-diagram';
import { median, timed } from './stats';

/** The reader's cost on one vault: blocks read, the median time a block, and each pass's share of it. */
export interface DiagramResult {
  blocks: number;
  parsed: number;
  msPerBlock: number;
  /** Milliseconds a block in each named pass (one run after warm-up). */
  passes: Record<string, number>;
}

/** Reads every flow block of the notes `runs` times after a warm-up; reports the median per block and the passes. */
export function measureDiagrams(notes: readonly Note[], runs = 3): DiagramResult {
  const sources = notes.flatMap((note) => note.flows.map((flow) => flow.source));
  const readAll = () => sources.map((source) => parseDiagram(source));
  const parsed = readAll().filter((d) => d.parsed).length;
  const samples = Array.from({ length: runs }, () => timed(readAll).ms);
  const times: PassTimes = new Map();
  for (const source of sources) parseDiagram(source, times);
  const blocks = Math.max(1, sources.length);
  return {
    blocks: sources.length,
    parsed,
    msPerBlock: median(samples) / blocks,
    passes: Object.fromEntries([...times].map(([name, ms]) => [name, ms / blocks])),
  };
}
