import { UpdateNotice } from './update-notice';
import { useServiceWorker } from './use-service-worker';

/** Registers the service worker and announces a new deployment (or offline readiness) with a reload prompt. */
export function UpdatePrompt() {
  const { needRefresh, offlineReady, reload, dismiss } = useServiceWorker();
  const kind = needRefresh ? 'update' : offlineReady ? 'offline-ready' : null;
  return <UpdateNotice kind={kind} onReload={reload} onDismiss={dismiss} />;
}
