/** Size and speed of the search index at scale, with the same functions the build and the browser use. */
import { gzipSync } from 'node:zlib';
import type { Note } from '../../content/types';
import { buildSearchIndex } from '../../search/build-index';
import { parseSearchIndex, searchNotes } from '../../search/search-notes';
import { median, percentile, timed } from './stats';

/** What the search index costs at one vault size. */
export interface SearchResult {
  notes: number;
  buildMs: number;
  bytes: number;
  gzipBytes: number;
  loadMs: number;
  queries: number;
  medianMs: number;
  p95Ms: number;
  /** Queries that found nothing: a sanity check that the queries are real. */
  emptyResults: number;
}

/**
 * Queries a reader would type, taken from the vault itself so they hit: a word of a title, a tag leaf,
 * the first two syllables of a Korean word (a partial word), and an English word with a typo.
 */
export function sampleQueries(notes: readonly Note[], count: number): string[] {
  const queries: string[] = [];
  const step = Math.max(1, Math.floor(notes.length / count));
  for (let i = 0; queries.length < count && i < notes.length * 4; i++) {
    const note = notes[(i * step) % notes.length]!;
    const words = `${note.heading ?? note.title}`.split(/[\s()[\],.:/]+/).filter((word) => word.length >= 2);
    const word = words[i % Math.max(1, words.length)] ?? note.slug;
    const kind = i % 4;
    if (kind === 0) queries.push(word);
    else if (kind === 1) queries.push(note.tags[0]?.split('/').pop() ?? word);
    else if (kind === 2) queries.push(/[가-힣]/.test(word) ? [...word].slice(0, 2).join('') : word.slice(0, 4));
    else queries.push(word.length > 4 ? word.slice(0, -2) + word.at(-1) + word.at(-2) : `${word} ${note.slug.split('-')[0]}`);
  }
  return queries;
}

/** Times each query this many times. */
const QUERY_REPEATS = 5;

/** Builds, serialises, loads and queries the index: `queryCount` queries, each timed QUERY_REPEATS times. */
export function measureSearch(notes: readonly Note[], queryCount = 100): SearchResult {
  const built = timed(() => buildSearchIndex([...notes]));
  const loaded = timed(() => parseSearchIndex(built.value));
  if (!loaded.value.ok) throw new Error(`search index did not load: ${loaded.value.reason}`);
  const index = loaded.value.index;
  const queries = sampleQueries(notes, queryCount);
  // One untimed pass warms the JIT so the samples measure steady-state queries, as a reader types several.
  for (const query of queries.slice(0, 10)) searchNotes(index, query);
  // Each query runs five times and counts its median: on a shared machine a single run often measures a
  // garbage collection or another process holding the core (one run in twenty took 10-20x its median).
  const samples: number[] = [];
  let emptyResults = 0;
  for (const query of queries) {
    const runs = Array.from({ length: QUERY_REPEATS }, () => timed(() => searchNotes(index, query)));
    samples.push(median(runs.map((run) => run.ms)));
    if (runs[0]!.value.length === 0) emptyResults++;
  }
  return {
    notes: notes.length,
    buildMs: built.ms,
    bytes: Buffer.byteLength(built.value, 'utf8'),
    gzipBytes: gzipSync(built.value, { level: 9 }).length,
    loadMs: loaded.ms,
    queries: queries.length,
    medianMs: median(samples),
    p95Ms: percentile(samples, 0.95),
    emptyResults,
  };
}
