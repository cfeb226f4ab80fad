import { memo } from 'react';
import { HydrateOnView } from '../../ui/hydrate-on-view';
import { loadOnce } from '../../ui/load-once';
import type { NoteQuestionProps } from './question-preview';

/**
 * A note's question code (the answer disclosure, its explanations drawn a few at a time, the saved status
 * line): the note's loader awaits it before a page with questions is pre-rendered or drawn after a
 * navigation; a pre-rendered page being hydrated fetches it only when a question comes near the view.
 */
export const questionCode = loadOnce(() => import('./question-preview'));

function Question(props: NoteQuestionProps) {
  const { NoteQuestion } = questionCode.read();
  return <NoteQuestion {...props} />;
}

/**
 * One question of a note: pre-rendered in full (stem, options and a native answer disclosure, which opens
 * without any script), hydrated when it comes near the view. Memoised on the loader's (stable) data: a
 * re-render of the page must not reach a question still waiting as HTML.
 */
export const LazyQuestionPreview = memo(function LazyQuestionPreview(props: NoteQuestionProps) {
  return <HydrateOnView><Question {...props} /></HydrateOnView>;
});
