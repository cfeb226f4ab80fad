/** The practice page's heading for a selection, in the interface language. */
import type { NoteSummary } from '../../content/note-summary';
import type { quizMessages } from '../../i18n/messages/quiz';
import type { Translate } from '../../i18n/use-t';
import type { Selection } from '../../quiz/selection';
import type { SessionOrigin } from '../../quiz/types';

type QuizKey = keyof (typeof quizMessages)['en'];

/** What a selection asks for, as a short name: a note title, a tag, "all questions", Review's due questions… */
export function selectionName(selection: Selection, summaries: readonly Pick<NoteSummary, 'slug' | 'title'>[], t: Translate<QuizKey>, origin?: SessionOrigin): string {
  switch (selection.kind) {
    case 'note':
      return summaries.find((note) => note.slug === selection.slug)?.title ?? selection.slug;
    case 'tag':
      return t('tagName', { tag: selection.tag });
    case 'wrong':
      return t('wrongQuestions');
    case 'flagged':
      return t('flaggedQuestions');
    case 'ids':
      return origin === 'review' ? t('dueQuestions') : t('chosenQuestions');
    default:
      return t('allQuestions');
  }
}

/** "Practice: <note title | tag | all questions | ...>". */
export function practiceTitle(selection: Selection, summaries: readonly Pick<NoteSummary, 'slug' | 'title'>[], t: Translate<QuizKey>): string {
  return t('practiceOf', { name: selectionName(selection, summaries, t) });
}
