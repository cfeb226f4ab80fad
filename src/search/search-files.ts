/**
 * The search index as files: a small head every query reads (field lengths, where each shard starts),
 * the terms cut into shards by alphabetical range, the notes' stored fields in groups, and the Latin
 * terms alone for fuzzy look-ups. A query fetches only the shards its words fall in and the groups of
 * the notes it shows, so the first search downloads a fraction of the index.
 */
import type { PackedTerm } from './packed-index';
import type { StoredNote } from './search-options';

/** What every query reads: BM25's statistics and the map of the other files. */
export interface SearchMeta {
  version: number;
  documentCount: number;
  /** Short ids run from 0 to `size - 1`. */
  size: number;
  fieldIds: Record<string, number>;
  /** Terms of field `f` in note `d` at `d * fieldCount + f`. */
  fieldLength: number[];
  averageFieldLength: number[];
  /** The first term of each shard, ascending: shard `i` holds the terms from its start to the next's. */
  shardStarts: string[];
  /** Notes per stored-fields group: note `d` is in group `floor(d / docsPerGroup)`. */
  docsPerGroup: number;
}

/** The whole index, as the build cuts it; each part is also a file of its own (see partKeys). */
export interface SearchFiles {
  meta: SearchMeta;
  shards: PackedTerm[][];
  docs: (StoredNote | null)[][];
  /** Every term that does not start with Hangul, ascending: fuzzy matching of a Latin word reads these. */
  latin: string[];
}

/** One file of the index besides the head: `shard-3`, `docs-0` or `latin`. */
export type SearchPartKey = `shard-${number}` | `docs-${number}` | 'latin';

/** The keys of every part of an index, in the order the build writes them. */
export function partKeys(files: Pick<SearchFiles, 'shards' | 'docs'>): SearchPartKey[] {
  return [...files.shards.map((_, n) => `shard-${n}` as const), ...files.docs.map((_, n) => `docs-${n}` as const), 'latin'];
}

/** The content of a part, looked up by key in the whole index (in-process loading and the build). */
export function partOf(files: SearchFiles, key: SearchPartKey): unknown {
  if (key === 'latin') return files.latin;
  const [kind, n] = key.split('-') as ['shard' | 'docs', string];
  return (kind === 'shard' ? files.shards : files.docs)[Number(n)];
}

/** The shard holding `term`: the last whose start is not after it. */
export function shardOf(starts: readonly string[], term: string): number {
  let low = 0;
  let high = starts.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! <= term) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** The shards that may hold terms starting with `prefix` (one, or a run of them for a common prefix). */
export function shardsOfPrefix(starts: readonly string[], prefix: string): number[] {
  const first = shardOf(starts, prefix);
  const shards = [first];
  // Every term starting with the prefix sorts before prefix + U+FFFF.
  const end = `${prefix}\uffff`;
  for (let n = first + 1; n < starts.length && starts[n]! < end; n += 1) shards.push(n);
  return shards;
}
