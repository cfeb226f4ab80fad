import { Fragment, type ReactNode } from 'react';
import { statusMessages } from '../../i18n/messages/status';
import { useT } from '../../i18n/use-t';
import { useStatusSource } from './status-source';

/**
 * One question's status on its note: right or wrong last time, how many tries were right, and whether it is
 * flagged. The line keeps its height before the saved progress is known, so the note never moves. On a
 * narrow screen it wraps between its parts, never inside one ("⚑" stays with "flagged").
 */
export function QuestionStatusLine({ questionId }: { questionId: string }) {
  const t = useT(statusMessages);
  const source = useStatusSource();
  const record = source?.records.get(questionId);
  const flagged = source?.flagged.has(questionId) ?? false;
  const parts: ReactNode[] = [];
  if (source && !record) parts.push(<span className="muted">{t('questionUntried')}</span>);
  if (record) {
    parts.push(
      <span className={record.lastCorrect ? 'status-right' : 'status-wrong'}>
        <span aria-hidden="true">{record.lastCorrect ? '✓ ' : '✗ '}</span>
        {record.lastCorrect ? t('questionRight') : t('questionWrong')}
      </span>,
      <span className="muted">{t('questionTries', { right: record.right, tries: record.tries })}</span>,
    );
  }
  if (flagged) parts.push(<span className="status-flagged"><span aria-hidden="true">⚑ </span>{t('questionFlagged')}</span>);
  return (
    <p className="status-question">
      {parts.map((part, i) => (
        // The separator ends its part, so a wrapped line starts with words, not with a dot.
        <Fragment key={i}>
          {i > 0 && ' '}
          <span className="status-part">{part}{i < parts.length - 1 && <span className="muted"> ·</span>}</span>
        </Fragment>
      ))}
    </p>
  );
}
