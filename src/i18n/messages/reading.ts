import { defineMessages } from '../types';

const en = {
  outline: 'On this page',
  outlineLabel: 'Outline of this note',
  backlinks: 'Notes that link here',
  backlinksCount: '{count} notes link to this note.',
  backlinksCountOne: '1 note links to this note.',
  neighboursLabel: 'Previous and next note',
  previous: 'Previous',
  next: 'Next',
  position: 'Note {n} of {total} in {list}',
  listDefault: 'all notes, by title',
  listAll: 'all notes',
  listTag: 'the tag {tag}',
  listSearch: 'the search for “{query}”',
};

/** A key of readingMessages. */
export type ReadingKey = keyof typeof en;

/** Strings of the note page's reading aids: outline, backlinks, previous and next note. Korean: ko/reading.ts, in the Korean pack. */
export const readingMessages = defineMessages(en, 'reading');
