import { Link } from 'react-router';
import type { NoteReason } from '../../content/types';
import { studyMessages } from '../../i18n/messages/study';
import { useT } from '../../i18n/use-t';
import { plainHtml, RichText } from '../../ui/rich-text';
import { paths } from '../paths';

/** A heading's words without its leading emoji, for naming the section in a sentence. */
function headingWords(heading: string): string {
  return heading.replace(/^[^\p{L}\p{N}]+/u, '').trim() || heading;
}

/**
 * The note's own reason under the right option: labelled as coming from the note (not from the
 * question's bullets), with a link to the whole section on the note page.
 */
export function NoteReasonView({ reason, noteSlug }: { reason: NoteReason; noteSlug: string }) {
  const t = useT(studyMessages);
  return (
    <div className="quiz-note-reason">
      <p className="quiz-note-reason-from muted">{t('reasonFrom', { heading: headingWords(reason.heading) })}</p>
      <RichText className="quiz-note-reason-text" html={reason.html ?? plainHtml(reason.markdown)} />
      <p><Link to={`${paths.note(noteSlug)}#${reason.anchor}`}>{t('reasonLink')}</Link></p>
    </div>
  );
}
