import { defineMessages } from '../types';

const en = {
  tagsTitle: 'Tags',
  tagsIntro: '{tags} tags across {notes} notes. A tag like service/kms sits under service.',
  noTags: 'No note has tags yet. Add a tags list to a note’s frontmatter.',
  treeLabel: 'All tags',
  noteCount: '{count} notes',
  noteCountOne: '1 note',
  tagTitle: 'Tag: {tag}',
  breadcrumbLabel: 'Tag path',
  allTags: 'All tags',
  quizThisTag: 'Quiz this tag',
  tagSummary: '{notes} · {questions}',
  questionCount: '{count} questions',
  questionCountOne: '1 question',
  noQuestions: 'no questions',
  readingNote: 'Reading note: no question',
  subTags: 'Narrower tags',
  notesHeading: 'Notes',
  unknownTag: 'No note has the tag “{tag}”.',
};

/** A key of tagsMessages. */
export type TagsKey = keyof typeof en;

/** Strings of the tag tree page and the page of one tag. Korean: ko/tags.ts, in the Korean pack. */
export const tagsMessages = defineMessages(en, 'tags');
