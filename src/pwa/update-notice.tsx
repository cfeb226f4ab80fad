import { pwaMessages } from '../i18n/messages/pwa';
import { useT } from '../i18n/use-t';

/** Which notice to show: a waiting deployment, a finished first install, or nothing. */
export type UpdateNoticeKind = 'update' | 'offline-ready' | null;

/**
 * The notice in the corner. The live region stays mounted while empty, so screen readers announce the
 * text the moment it appears; the reload only happens when the reader presses the button. Offline
 * readiness is only announced, not drawn: a card on every first visit would cover the page for nothing.
 */
export function UpdateNotice(props: { kind: UpdateNoticeKind; onReload: () => void; onDismiss: () => void }) {
  const t = useT(pwaMessages);
  const { kind, onReload, onDismiss } = props;
  return (
    <section className="update-notice-region" aria-label={t('regionLabel')}>
      <div role="status" className={kind === 'update' ? 'update-notice card' : undefined}>
        {kind === 'update' && (
          <>
            <p>{t('updateAvailable')}</p>
            <div className="row">
              <button type="button" className="btn btn-primary" onClick={onReload}>{t('reload')}</button>
              <button type="button" className="btn" onClick={onDismiss}>{t('later')}</button>
            </div>
          </>
        )}
        {kind === 'offline-ready' && <p className="visually-hidden">{t('offlineReady')}</p>}
      </div>
    </section>
  );
}
