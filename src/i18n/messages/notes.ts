import { defineMessages } from '../types';

const en = {
  homeTitle: 'Your exam notes',
  homeIntro: '{notes} notes · {questions} questions · {tags} tags',
  emptyVault: 'No notes yet. Put Markdown notes in the content folder (or point EXAMFLOW_CONTENT at your vault) and rebuild.',
  practiceAll: 'Practice all questions',
  takeExam: 'Take a timed exam',
  byTag: 'Notes by tag',
  allNotes: 'All notes',
  allNotesLink: 'All {count} notes',
  allTagsLink: 'All {count} tags',
  recentNotes: 'Recently updated',
  noteCount: '{count} notes',
  noteCountOne: '1 note',
  questionCount: '{count} questions',
  questionCountOne: '1 question',
  untagged: 'Untagged',
  hasErrors: 'has problems',
  tags: 'Tags',
  aliases: 'Also known as',
  quizMe: 'Quiz me',
  readingNote: 'Reading note: no question',
  question: 'Question {n}',
  selectCount: 'Select {count}.',
  showAnswer: 'Show the answer and explanations',
  answer: 'Answer: {labels}',
  correct: 'Correct',
  generalNotes: 'More on this question',
  noExplanation: 'No explanation in the note.',
  diagnosticsTitle: 'Problems in this note',
  diagnosticPlace: '{file}, line {line}',
  diagnosticPlaces: '{file}, lines {lines}',
  error: 'Error',
  warning: 'Warning',
  loading: 'Loading…',
  file: 'File',
  flowSource: 'Flow (source)',
  drawingRest: 'Showing the rest of this long note…',
  partsFailed: 'Part of this note could not be loaded. Reload the page to try again.',
};

/** A key of notesMessages. */
export type NotesKey = keyof typeof en;

/** Strings of the home page and the note page. Korean: ko/notes.ts, in the Korean pack. */
export const notesMessages = defineMessages(en, 'notes');
