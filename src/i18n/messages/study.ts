import { defineMessages } from '../types';

const en = {
  reviewOf: 'Review: {count} due questions',
  askTitle: 'Another practice is in progress',
  askBody: '“{name}” is at question {n} of {total}. Starting this practice closes it; the answers you gave stay recorded.',
  askContinue: 'Continue “{name}”',
  askStart: 'Start this practice',
  reasonFrom: 'From the note’s “{heading}”',
  reasonLink: 'Read the whole section',
  dueLink: 'Due for review today ({count})',
  retryTitle: 'Your mistakes',
  retryWrong: 'Practice the ones I got wrong ({count})',
  retryWrongResume: 'Continue practicing the ones I got wrong ({count})',
  retryFlagged: 'Practice flagged questions ({count})',
  retryFlaggedResume: 'Continue practicing flagged questions ({count})',
  noneWrong: 'No question is waiting to be tried again: your latest answer to each one was right.',
  noneFlagged: 'No question is flagged. Flag one during practice or an exam to come back to it here.',
};

/** A key of studyMessages. */
export type StudyKey = keyof typeof en;

/** Strings of the study loop around sessions: asking before replacing one, review titles, mistakes to practise. Korean: ko/study.ts, in the Korean pack. */
export const studyMessages = defineMessages(en, 'study');
