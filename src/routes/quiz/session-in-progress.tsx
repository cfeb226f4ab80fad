import { Link } from 'react-router';
import type { NoteSummary } from '../../content/note-summary';
import { quizMessages } from '../../i18n/messages/quiz';
import { studyMessages } from '../../i18n/messages/study';
import { useT } from '../../i18n/use-t';
import type { Session } from '../../quiz/session';
import { paths } from '../paths';
import { practiceQueryOf } from './practice-query';
import { selectionName } from './practice-title';

/** Props of {@link SessionInProgress}. */
export interface SessionInProgressProps {
  title: string;
  open: Session;
  /** The vault's notes, which name a note's practice. */
  notes: readonly Pick<NoteSummary, 'slug' | 'title'>[];
  /** The link that starts the asked-for practice over the open one. */
  startTo: string;
}

/** Asks before a new practice replaces one in progress: carry on with that one, or start this one. */
export function SessionInProgress({ title, open, notes, startTo }: SessionInProgressProps) {
  const tq = useT(quizMessages);
  const t = useT(studyMessages);
  const name = selectionName(open.selection, notes, tq, open.origin);
  const query = practiceQueryOf(open.selection, open.origin);
  return (
    <section className="quiz-page stack" aria-labelledby="ask-title">
      <h1>{title}</h1>
      <div className="card stack" role="alertdialog" aria-labelledby="ask-title" aria-describedby="ask-body">
        <h2 id="ask-title">{t('askTitle')}</h2>
        <p id="ask-body">{t('askBody', { name, n: open.current + 1, total: open.questionIds.length })}</p>
        <div className="row">
          {query && <Link className="btn btn-primary" to={paths.practice(query)}>{t('askContinue', { name })}</Link>}
          <Link className="btn" to={startTo} replace>{t('askStart')}</Link>
        </div>
      </div>
    </section>
  );
}
