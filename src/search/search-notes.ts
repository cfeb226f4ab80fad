/** Browser-side search: load the serialised index, run a query, shape the results. */
import { highlightNeedles, queryUnits } from './query';
import { rankNotes, type RankedNote } from './rank-notes';
import { partKeys, partOf, type SearchFiles } from './search-files';
import { loadPart } from './load-part';
import { SEARCH_INDEX_VERSION } from './search-options';
import { findHighlights, makeSnippet, type Snippet } from './snippet';
import { emptySearchIndex, type SearchIndex } from './term-index';

export type { SearchIndex } from './term-index';

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

/** Reads the whole index that `buildSearchIndex` wrote, every part at once (tests, the bench, search:eval). */
export function parseSearchIndex(json: string): ParsedSearchIndex {
  try {
    const files = JSON.parse(json) as SearchFiles;
    const version = (files as { meta?: { version?: unknown } }).meta?.version;
    if (version !== SEARCH_INDEX_VERSION) return { ok: false, reason: `search index version ${String(version)}, expected ${SEARCH_INDEX_VERSION}` };
    const index = emptySearchIndex(files.meta);
    for (const key of partKeys(files)) loadPart(index, files.meta, key, partOf(files, key));
    return { ok: true, index };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Finds the notes matching every word of the query, best first, each with a highlighted excerpt; when
 * fewer than five hold every word, the notes holding some of the words follow, ranked by how many and
 * how well ("과적합을 줄이려면": a note may say 과적합 and 줄이기 but never 줄이려면).
 */
export function searchNotes(index: SearchIndex, query: string, options: { limit?: number } = {}): SearchResult[] {
  return shapeResults(index, query, rankQuery(index, query, options.limit ?? DEFAULT_LIMIT));
}

/** The notes a query finds, best first, before their stored fields are read. */
export function rankQuery(index: SearchIndex, query: string, limit: number): RankedNote[] {
  return rankNotes(index.terms, index.bigrams, queryUnits(query), limit);
}

/** Ranked notes as results: title, tags and a highlighted snippet from each note's stored fields. */
export function shapeResults(index: SearchIndex, query: string, ranked: readonly RankedNote[]): SearchResult[] {
  return ranked.flatMap(({ id, latinTerms }) => {
    const stored = index.terms.stored[id];
    if (!stored) return [];
    const needles = highlightNeedles(query, latinTerms);
    return [{
      slug: stored.slug,
      title: stored.title,
      tags: stored.tags,
      titleHighlights: findHighlights(stored.title, needles),
      snippet: makeSnippet(stored.passages, needles),
    }];
  });
}
