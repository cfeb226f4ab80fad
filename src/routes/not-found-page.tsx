import { Link, useLocation, useParams } from 'react-router';
import { appMessages } from '../i18n/messages/app';
import { useT } from '../i18n/use-t';
import { usePageTitle } from '../ui/use-page-title';
import { paths } from './paths';

/** The page for any address no route knows, and for a note the vault does not have (its route has a slug). */
export function NotFoundPage() {
  const t = useT(appMessages);
  const { pathname } = useLocation();
  const title = useParams().slug === undefined ? t('notFoundTitle') : t('noteNotFoundTitle');
  usePageTitle(title);
  return (
    <section className="stack">
      <h1>{title}</h1>
      <p>{t('notFoundBody', { path: pathname })}</p>
      <p><Link className="btn btn-primary" to={paths.home()}>{t('backHome')}</Link></p>
    </section>
  );
}
