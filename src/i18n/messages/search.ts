import { defineMessages } from '../types';

const en = {
  openSearch: 'Search',
  openSearchLabel: 'Search notes',
  dialogLabel: 'Search notes',
  inputLabel: 'Search notes',
  placeholder: 'Titles, text, questions… e.g. KMS, 암호화',
  resultsLabel: 'Search results',
  loading: 'Loading the search index…',
  loadFailed: 'The search index could not be loaded ({reason}).',
  searchFailed: 'Search stopped working ({reason}). Try again to restart it.',
  retry: 'Try again',
  noResults: 'No notes match {query}.',
  resultOne: '1 note found.',
  resultMany: '{count} notes found.',
  moreResults: 'More than {count} notes found; showing the first {count}. Type more words to narrow the search, or show them all.',
  showAll: 'Show all results',
  hint: '↑ ↓ to move, Enter to open, Esc to close',
  close: 'Close search',
  tags: 'Tags: {tags}',
};

/** A key of searchMessages. */
export type SearchKey = keyof typeof en;

/** Strings of the search launcher and dialog. Korean: ko/search.ts, in the Korean pack. */
export const searchMessages = defineMessages(en, 'search');
