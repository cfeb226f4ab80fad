/** The minisearch configuration that the build-time index and the browser query must share. */
import type { Options } from 'minisearch';
import { tokenize } from './tokenize.ts';

/** What the index stores per note so a result can be drawn without loading the note. */
export interface StoredNote {
  slug: string;
  title: string;
  tags: string[];
  /** Plain-text passages a snippet is cut from: the start of the body, then the questions. */
  passages: string[];
}

/** A note as the index sees it: one string per searchable field, plus what results show. */
export interface SearchDocument extends StoredNote {
  aliases: string;
  tagText: string;
  headings: string;
  body: string;
  questions: string;
}

/** The fields searched, most telling first. */
export const SEARCH_FIELDS = ['title', 'aliases', 'tagText', 'headings', 'body', 'questions'] as const;

/** How much a match in each field counts: a title hit outranks a passing mention in the body. */
export const FIELD_BOOST: Record<(typeof SEARCH_FIELDS)[number], number> = {
  title: 5,
  aliases: 4,
  tagText: 3,
  headings: 2,
  body: 1,
  questions: 1,
};

/** Fields long enough that whole Hangul words would bloat the index; they get bigrams only. */
const LONG_FIELDS = new Set(['body', 'questions']);

/** The serialised index format version; bump it when the document shape changes. */
export const SEARCH_INDEX_VERSION = 4;

/** Options for `new MiniSearch` at build time and `MiniSearch.loadJS` in the browser. */
export const MINISEARCH_OPTIONS: Options<SearchDocument> = {
  idField: 'slug',
  fields: [...SEARCH_FIELDS],
  storeFields: ['slug', 'title', 'tags', 'passages'],
  // Whole Hangul words only where they are few and telling; the body and questions index bigrams.
  tokenize: (text, field) => tokenize(text, !LONG_FIELDS.has(field ?? '')),
  // tokenize already lowercases; the default processTerm would only lowercase again.
  processTerm: (term) => term,
  // Queries arrive pre-tokenised as a tree of single terms (see query.ts), so each leaf is one term.
  searchOptions: { tokenize: (term) => [term], boost: FIELD_BOOST },
};
