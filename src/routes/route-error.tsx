import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { appMessages } from '../i18n/messages/app';
import { useT } from '../i18n/use-t';
import { usePageTitle } from '../ui/use-page-title';
import { NotFoundPage } from './not-found-page';
import { paths } from './paths';

/** Each route's error boundary: a 404 for unknown notes, otherwise a message with a way back. */
export function RouteError() {
  const error = useRouteError();
  // The 404 page names the tab itself: a title set here too would run after it and win.
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorDetails error={error} />;
}

function ErrorDetails({ error }: { error: unknown }) {
  const t = useT(appMessages);
  usePageTitle(t('errorTitle'));
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <section className="stack" role="alert">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorBody')}</p>
      <details>
        <summary>{t('errorDetails')}</summary>
        <pre>{detail}</pre>
      </details>
      <div className="row">
        <button type="button" className="btn" onClick={() => window.location.reload()}>{t('tryAgain')}</button>
        <Link className="btn btn-primary" to={paths.home()}>{t('backHome')}</Link>
      </div>
    </section>
  );
}
