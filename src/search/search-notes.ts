/** Browser-side search: load the serialised index, run a query, shape the results. */
import { unpackIndex, type PackedIndex } from './packed-index';
import { bigramDocs, type BigramDocs } from './doc-sets';
import { highlightNeedles, queryUnits } from './query';
import { rankNotes } from './rank-notes';
import { SEARCH_INDEX_VERSION } from './search-options';
import { findHighlights, makeSnippet, type Snippet } from './snippet';
import { termIndexOf, type TermIndex } from './term-index';

/** A loaded search index, ready to query. */
export interface SearchIndex {
  terms: TermIndex;
  /** Which notes hold each Hangul bigram: a query scores a word's bigrams only in the notes matching it. */
  bigrams: BigramDocs;
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

/** Reads the JSON that `indexSearchDocuments` wrote. */
export function parseSearchIndex(json: string): ParsedSearchIndex {
  try {
    const data = JSON.parse(json) as { version?: unknown; index?: unknown };
    if (data.version !== SEARCH_INDEX_VERSION) {
      return { ok: false, reason: `search index version ${String(data.version)}, expected ${SEARCH_INDEX_VERSION}` };
    }
    const plain = unpackIndex(data.index as PackedIndex);
    return { ok: true, index: { terms: termIndexOf(plain), bigrams: bigramDocs(plain) } };
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
  const ranked = rankNotes(index.terms, index.bigrams, queryUnits(query), options.limit ?? DEFAULT_LIMIT);
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
