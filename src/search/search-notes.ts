/** Browser-side search: load the serialised index, run a query, shape the results. */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { unpackIndex, type PackedIndex } from './packed-index';
import { bigramDocs, type BigramDocs } from './doc-sets';
import { buildQuery, highlightNeedles, queryUnits } from './query';
import { bigramFilter } from './query-candidates';
import {
  MINISEARCH_OPTIONS,
  SEARCH_INDEX_VERSION,
  type SearchDocument,
  type StoredNote,
} from './search-options';
import { findHighlights, makeSnippet, type Snippet } from './snippet';

/** A loaded search index, ready to query. */
export interface SearchIndex {
  engine: MiniSearch<SearchDocument>;
  /** Which notes hold each Hangul bigram: a query scores only the notes it can match. */
  bigrams: BigramDocs;
  shortIds: ReadonlyMap<string, number>;
}

/** Wraps a loaded engine with the bit sets read from the same plain index. */
function indexOf(engine: MiniSearch<SearchDocument>, plain: AsPlainObject): SearchIndex {
  const shortIds = new Map(Object.entries(plain.documentIds).map(([short, slug]) => [String(slug), Number(short)]));
  return { engine, bigrams: bigramDocs(plain), shortIds };
}

/** One note found by a query, with an excerpt showing why. */
export interface SearchResult {
  slug: string;
  title: string;
  tags: string[];
  /** Ranges of the title to mark, like the snippet's. */
  titleHighlights: [number, number][];
  snippet: Snippet;
}

/** Loading an index either works or says why not; a bad index never throws. */
export type ParsedSearchIndex = { ok: true; index: SearchIndex } | { ok: false; reason: string };

/** Default number of results a query returns. */
export const DEFAULT_LIMIT = 20;

/** Reads the JSON that `buildSearchIndex` wrote. */
export function parseSearchIndex(json: string): ParsedSearchIndex {
  try {
    const plain = readPlainIndex(json);
    if (typeof plain === 'string') return { ok: false, reason: plain };
    return { ok: true, index: indexOf(MiniSearch.loadJS(plain, MINISEARCH_OPTIONS), plain) };
  } catch (error) {
    return failure(error);
  }
}

/** Like {@link parseSearchIndex}, but builds the index in slices so a large vault does not freeze the page. */
export async function parseSearchIndexAsync(json: string): Promise<ParsedSearchIndex> {
  try {
    const plain = readPlainIndex(json);
    if (typeof plain === 'string') return { ok: false, reason: plain };
    return { ok: true, index: indexOf(await MiniSearch.loadJSAsync(plain, MINISEARCH_OPTIONS), plain) };
  } catch (error) {
    return failure(error);
  }
}

/** The index in minisearch's own form, or the reason it cannot be read. */
function readPlainIndex(json: string): AsPlainObject | string {
  const data = JSON.parse(json) as { version?: unknown; index?: unknown };
  if (data.version !== SEARCH_INDEX_VERSION) {
    return `search index version ${String(data.version)}, expected ${SEARCH_INDEX_VERSION}`;
  }
  return unpackIndex(data.index as PackedIndex);
}

function failure(error: unknown): ParsedSearchIndex {
  return { ok: false, reason: error instanceof Error ? error.message : String(error) };
}

/** Below this many notes holding every word, notes holding most of the words follow them. */
const LOOSE_BELOW = 5;

/**
 * The notes holding every word, best first; when there are few, the notes holding some of the words
 * follow, ranked by how many and how well ("과적합을 줄이려면": a note may say 과적합 and 줄이기 but never 줄이려면).
 */
function rankedHits(index: SearchIndex, query: string) {
  const units = queryUnits(query);
  const strict = narrowedSearch(index, units, 'AND');
  if (strict.length >= LOOSE_BELOW || units.length < 2) return strict;
  const seen = new Set(strict.map((hit) => hit.id));
  const loose = narrowedSearch(index, units, 'OR').filter((hit) => !seen.has(hit.id));
  return [...strict, ...loose];
}

/** Runs the query with each Hangul bigram counted only in the notes matching its word (see query-candidates.ts). */
function narrowedSearch(index: SearchIndex, units: ReturnType<typeof queryUnits>, combineWith: 'AND' | 'OR') {
  const tree = buildQuery('', combineWith, units);
  return tree ? index.engine.search(tree, { boostDocument: bigramFilter(index, units, combineWith) }) : [];
}

/** Finds the notes matching every word of the query, best first, each with a highlighted excerpt. */
export function searchNotes(index: SearchIndex, query: string, options: { limit?: number } = {}): SearchResult[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  return rankedHits(index, query)
    .slice(0, limit)
    .map((hit) => {
      const stored = hit as unknown as StoredNote;
      const needles = highlightNeedles(query, hit.terms);
      return {
        slug: stored.slug,
        title: stored.title,
        tags: stored.tags,
        titleHighlights: findHighlights(stored.title, needles),
        snippet: makeSnippet(stored.passages, needles),
      };
    });
}
