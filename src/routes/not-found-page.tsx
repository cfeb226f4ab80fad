import { Link, useLocation } from 'react-router';
import { appMessages } from '../i18n/messages/app';
import { useT } from '../i18n/use-t';
import { usePageTitle } from '../ui/use-page-title';
import { paths } from './paths';

/** The page for any address no route knows. */
export function NotFoundPage() {
  const t = useT(appMessages);
  const { pathname } = useLocation();
  usePageTitle(t('notFoundTitle'));
  return (
    <section className="stack">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody', { path: pathname })}</p>
      <p><Link className="btn btn-primary" to={paths.home()}>{t('backHome')}</Link></p>
    </section>
  );
}
