import type { ClientLoaderFunctionArgs, LoaderFunctionArgs, MetaArgs } from 'react-router';
import { notes } from 'virtual:examflow/index';
import { loadNote } from 'virtual:examflow/note-loaders';
import { formatMessage } from '../../i18n/format';
import { quizMessages } from '../../i18n/messages/quiz';
import { PracticePage } from '../../routes/practice-page';
import { paths } from '../../routes/paths';
import { practiceStartOf, type PracticeStart } from '../../routes/quiz/practice-start';
import { pageMeta } from '../page-meta';

/** `/practice/<slug>`: a note's practice, pre-rendered at its first question; `/practice?note=<slug>` is the same page. */
export default PracticePage;

/** Runs when the page is pre-rendered: the note's first question, which the page shows until its session is ready. */
export async function loader({ params }: LoaderFunctionArgs): Promise<PracticeStart | null> {
  const note = await loadNote(params.slug ?? '');
  return note ? practiceStartOf(note) : null;
}

/** In the browser: the pre-rendered start, else (a note without a page: no questions, or unknown) none. */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs): Promise<PracticeStart | null> {
  try {
    return await serverLoader<PracticeStart | null>();
  } catch {
    return null;
  }
}

export const meta = ({ params }: MetaArgs) => {
  const slug = params.slug ?? '';
  const name = notes.find((note) => note.slug === slug)?.title ?? slug;
  return pageMeta({ title: formatMessage(quizMessages.en.practiceOf, { name }), path: paths.practice({ note: slug }) });
};
