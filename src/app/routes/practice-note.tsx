import type { ClientLoaderFunctionArgs, LoaderFunctionArgs, MetaArgs } from 'react-router';
import { notes } from 'virtual:examflow/index';
import { loadNote } from 'virtual:examflow/note-loaders';
import { formatMessage } from '../../i18n/format';
import { quizMessages } from '../../i18n/messages/quiz';
import { PracticePage } from '../../routes/practice-page';
import { paths } from '../../routes/paths';
import { practiceStartOf, type NotePractice } from '../../routes/quiz/practice-start';
import { pageMeta } from '../page-meta';

/** `/practice/<slug>`: a note's practice, pre-rendered at its first question; `/practice?note=<slug>` is the same page. */
export default PracticePage;

/**
 * Runs when the page is pre-rendered: the note's summary and its first question, which the page shows until its
 * session is ready. The note index is read here, at build time only: the page itself never loads it to start.
 */
export async function loader({ params }: LoaderFunctionArgs): Promise<NotePractice | null> {
  const slug = params.slug ?? '';
  const summary = notes.find((note) => note.slug === slug);
  const note = summary ? await loadNote(slug) : null;
  if (!summary || !note) return null;
  const { title, questionIds } = summary;
  return { summary: { slug, title, questionIds }, start: practiceStartOf(note) };
}

/** In the browser: the pre-rendered data, else (a note without a page: no questions, or unknown) none. */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs): Promise<NotePractice | null> {
  try {
    return await serverLoader<NotePractice | null>();
  } catch {
    return null;
  }
}

export const meta = ({ params, data }: Pick<MetaArgs, 'params'> & { data?: NotePractice | null }) => {
  const slug = params.slug ?? '';
  const name = data?.summary.title ?? slug;
  return pageMeta({ title: formatMessage(quizMessages.en.practiceOf, { name }), path: paths.practice({ note: slug }) });
};
