import { defineMessages } from '../types';

const en = {
  skipToContent: 'Skip to content',
  navLabel: 'Main',
  menu: 'Menu',
  navHome: 'Notes',
  navTags: 'Tags',
  navExam: 'Exam',
  navReview: 'Review',
  navProgress: 'Progress',
  navSettings: 'Settings',
  switchLanguage: '한국어',
  switchLanguageLabel: 'Switch the interface to Korean',
  themeToggleToDark: 'Use dark theme',
  themeToggleToLight: 'Use light theme',
  notFoundTitle: 'Page not found',
  noteNotFoundTitle: 'Note not found',
  notFoundBody: 'Nothing lives at {path}. The note may have been renamed or removed.',
  backHome: 'Back to all notes',
  errorTitle: 'Something went wrong on this page',
  errorBody: 'The rest of examflow still works, and your progress is safe.',
  errorDetails: 'Technical details',
  tryAgain: 'Try again',
  routeChanged: '{title} page loaded',
  footer: 'examflow works offline. Your progress stays in this browser.',
  updatesRegion: 'App updates',
};

/** A key of appMessages. */
export type AppKey = keyof typeof en;

/** Strings of the app shell: header, navigation, errors, 404. Korean: ko/app.ts, in the Korean pack. */
export const appMessages = defineMessages(en, 'app');
