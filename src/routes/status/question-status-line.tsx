import { statusMessages } from '../../i18n/messages/status';
import { useT } from '../../i18n/use-t';
import { useStatusSource } from './status-source';
import './status.css';

/**
 * One question's status on its note: right or wrong last time, how many tries were right, and whether it is
 * flagged. The line keeps its height before the saved progress is known, so the note never moves.
 */
export function QuestionStatusLine({ questionId }: { questionId: string }) {
  const t = useT(statusMessages);
  const source = useStatusSource();
  const record = source?.records.get(questionId);
  const flagged = source?.flagged.has(questionId) ?? false;
  return (
    <p className="status-question">
      {source && !record && <span className="muted">{t('questionUntried')}</span>}
      {record && (
        <>
          <span className={record.lastCorrect ? 'status-right' : 'status-wrong'}>
            <span aria-hidden="true">{record.lastCorrect ? '✓ ' : '✗ '}</span>
            {record.lastCorrect ? t('questionRight') : t('questionWrong')}
          </span>
          <span className="muted"> · {t('questionTries', { right: record.right, tries: record.tries })}</span>
        </>
      )}
      {flagged && <span className="status-flagged"> · <span aria-hidden="true">⚑ </span>{t('questionFlagged')}</span>}
    </p>
  );
}
