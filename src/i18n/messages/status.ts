import { defineMessages } from '../types';

const en = {
  noteStatus: '{right} right, {wrong} wrong last time',
  noteFlagged: '{count} flagged',
  questionRight: 'Right last time',
  questionWrong: 'Wrong last time',
  questionUntried: 'Not tried yet',
  questionTries: '{right} of {tries} tries right',
  questionFlagged: 'Flagged',
  filtersLabel: 'Filter notes',
  statusLabel: 'Status',
  statusAll: 'All',
  statusUntried: 'Not tried',
  statusWrong: 'Wrong last time',
  statusRight: 'All right',
  statusFlagged: 'Flagged',
  tagLabel: 'Tag',
  tagAll: 'All tags',
  viewLabel: 'Show as',
  viewList: 'List',
  viewFolders: 'Folders',
  shown: '{shown} of {total} notes',
  noneShown: 'No note fits these filters.',
  clearFilters: 'Clear filters',
  vaultRoot: 'Vault',
};

/** A key of statusMessages. */
export type StatusKey = keyof typeof en;

/** Strings of per-question status: on note pages, in the notes lists, and the notes list's filters. Korean: ko/status.ts, in the Korean pack. */
export const statusMessages = defineMessages(en, 'status');
