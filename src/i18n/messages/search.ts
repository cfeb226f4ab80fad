import { defineMessages } from '../types';

const en = {
  openSearch: 'Search',
  openSearchLabel: 'Search notes',
};

/** A key of searchMessages. */
export type SearchKey = keyof typeof en;

/**
 * Strings of the header's search button, which every page starts with. Korean: ko/search.ts, in the Korean
 * pack. The dialog's own strings travel with the dialog (search-dialog.ts).
 */
export const searchMessages = defineMessages(en, 'search');
