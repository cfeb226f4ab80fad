import { pwaMessages } from '../i18n/messages/pwa';
import { useT } from '../i18n/use-t';

/** Which notice to show: a waiting deployment or a finished first install. */
export type UpdateNoticeKind = 'update' | 'offline-ready';

/**
 * The notice's content, inside the live region UpdatePrompt keeps mounted; the reload only happens when the
 * reader presses the button. Offline readiness is only announced, not drawn: a card on every first visit
 * would cover the page for nothing.
 */
export function UpdateNotice(props: { kind: UpdateNoticeKind; onReload: () => void; onDismiss: () => void }) {
  const t = useT(pwaMessages);
  const { kind, onReload, onDismiss } = props;
  if (kind === 'offline-ready') return <p className="visually-hidden">{t('offlineReady')}</p>;
  return (
    <>
      <p>{t('updateAvailable')}</p>
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={onReload}>{t('reload')}</button>
        <button type="button" className="btn" onClick={onDismiss}>{t('later')}</button>
      </div>
    </>
  );
}
