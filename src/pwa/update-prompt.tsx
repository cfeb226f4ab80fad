import { lazy, Suspense } from 'react';
import { appMessages } from '../i18n/messages/app';
import { useT } from '../i18n/use-t';
import { useServiceWorker } from './use-service-worker';

// The notice's text and buttons load only once there is news: a first visit fetches nothing for them
// before the service worker has installed, and every kilobyte of a first visit counts against its budget.
const UpdateNotice = lazy(() => import('./update-notice').then((module) => ({ default: module.UpdateNotice })));

/**
 * Registers the service worker and announces a new deployment (or offline readiness) with a reload prompt.
 * The live region stays mounted while empty, so screen readers announce the text the moment it appears.
 */
export function UpdatePrompt() {
  // The region's name is the shell's text (loaded already); the notice's own text loads with it.
  const t = useT(appMessages);
  const { needRefresh, offlineReady, reload, dismiss } = useServiceWorker();
  const kind = needRefresh ? 'update' : offlineReady ? 'offline-ready' : null;
  return (
    <section className="update-notice-region" aria-label={t('updatesRegion')}>
      <div role="status" className={kind === 'update' ? 'update-notice card' : undefined}>
        {kind && (
          <Suspense fallback={null}>
            <UpdateNotice kind={kind} onReload={reload} onDismiss={dismiss} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
