import { UpdateNotice } from './update-notice';
import { useServiceWorker } from './use-service-worker';

/** Registers the service worker and shows its news: a waiting deployment (with Reload/Later) or offline readiness. */
export function ConnectedUpdateNotice() {
  const { needRefresh, offlineReady, reload, dismiss } = useServiceWorker();
  const kind = needRefresh ? 'update' : offlineReady ? 'offline-ready' : null;
  return <UpdateNotice kind={kind} onReload={reload} onDismiss={dismiss} />;
}
