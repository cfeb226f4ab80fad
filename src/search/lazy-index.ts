/**
 * The search index loaded as queries need it: the head first, then for each query the term shards its
 * words fall in (and, for a Latin word a typo may hide, the list of Latin terms that finds its near
 * misses), then the stored fields of the notes it shows. Every term a query can reach is loaded before
 * it is ranked, so results are the same as over the whole index.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { queryUnits } from './query';
import { queryLeaves } from './rank-notes';
import { shardOf, shardsOfPrefix, type SearchMeta, type SearchPartKey } from './search-files';
import { loadPart } from './load-part';
import { rankQuery, shapeResults, type SearchResult } from './search-notes';
import { SEARCH_INDEX_VERSION } from './search-options';
import { emptySearchIndex } from './term-index';

/** Fetches one part of the index and resolves with its parsed JSON. */
export type FetchPart = (key: SearchPartKey) => Promise<unknown>;

/** An index that fetches what each query needs, then answers it. */
export interface LazyIndex {
  /** Answers `query`; once `signal` is aborted (the query was typed over) it fetches nothing more for it and rejects. */
  search: (query: string, limit: number, signal?: AbortSignal) => Promise<SearchResult[]>;
}

/** Opens the index whose head is `meta`, fetching parts with `fetchPart` (each once; a failed fetch is retried by the next query). */
export function lazyIndex(meta: SearchMeta, fetchPart: FetchPart): LazyIndex {
  const index = emptySearchIndex(meta);
  const loading = new Map<SearchPartKey, Promise<void>>();
  const ensure = (key: SearchPartKey): Promise<void> => {
    let done = loading.get(key);
    if (!done) {
      done = fetchPart(key).then((data) => loadPart(index, meta, key, data));
      done.catch(() => loading.delete(key));
      loading.set(key, done);
    }
    return done;
  };
  let latin: Promise<SearchableMap<true>> | null = null;
  const latinTerms = () => {
    latin ??= fetchPart('latin').then((terms) => {
      const map = new SearchableMap<true>();
      for (const term of terms as string[]) map.set(term, true);
      return map;
    });
    latin.catch(() => (latin = null));
    return latin;
  };

  /** The shards holding every term the query can reach: its words, their prefixes and near misses. */
  const shardsOf = async (query: string): Promise<Set<number>> => {
    const shards = new Set<number>();
    for (const leaf of queryUnits(query).flatMap(queryLeaves)) {
      shards.add(shardOf(meta.shardStarts, leaf.term));
      if (leaf.prefix) for (const n of shardsOfPrefix(meta.shardStarts, leaf.term)) shards.add(n);
      if (leaf.fuzzy > 0) {
        for (const term of (await latinTerms()).fuzzyGet(leaf.term, leaf.fuzzy).keys()) shards.add(shardOf(meta.shardStarts, term));
      }
    }
    return shards;
  };

  return {
    search: async (query, limit, signal) => {
      await Promise.all([...(await shardsOf(query))].map((n) => ensure(`shard-${n}`)));
      // The stored notes are fetched for results someone will see: not for a query dropped while its terms loaded.
      signal?.throwIfAborted();
      const ranked = rankQuery(index, query, limit);
      const groups = new Set(ranked.map(({ id }) => Math.floor(id / meta.docsPerGroup)));
      await Promise.all([...groups].map((n) => ensure(`docs-${n}`)));
      return shapeResults(index, query, ranked);
    },
  };
}

/** Checks an already parsed head, or says why it cannot be used (another version, missing fields); never throws. */
export function readMeta(value: unknown): { ok: true; meta: SearchMeta } | { ok: false; reason: string } {
  const meta = value as SearchMeta | null;
  if (meta?.version !== SEARCH_INDEX_VERSION) return { ok: false, reason: `search index version ${String(meta?.version)}, expected ${SEARCH_INDEX_VERSION}` };
  if (!Array.isArray(meta.shardStarts) || !Array.isArray(meta.fieldLength)) return { ok: false, reason: 'search index head is incomplete' };
  return { ok: true, meta };
}

/** Reads the index's head from its JSON text, or says why it cannot be used (not JSON, another version); never throws. */
export function parseMeta(json: string): { ok: true; meta: SearchMeta } | { ok: false; reason: string } {
  try {
    return readMeta(JSON.parse(json));
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
