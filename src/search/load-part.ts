/** Adds one part of the index (a term shard, a group of stored notes, the Latin terms) to a loaded index. */
import type { PackedTerm } from './packed-index';
import type { SearchMeta, SearchPartKey } from './search-files';
import type { StoredNote } from './search-options';
import { addStored, addTerms, type SearchIndex } from './term-index';

/** Adds `data` (the parsed JSON of part `key`) to `index`; the Latin terms are kept apart by the caller. */
export function loadPart(index: SearchIndex, meta: SearchMeta, key: SearchPartKey, data: unknown): void {
  if (!Array.isArray(data)) throw new Error(`search index part ${key} is not a list`);
  if (key === 'latin') return;
  const [kind, n] = key.split('-');
  if (kind === 'shard') addTerms(index, data as PackedTerm[]);
  else addStored(index, Number(n) * meta.docsPerGroup, data as (StoredNote | null)[]);
}
