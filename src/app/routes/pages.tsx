import { Outlet } from 'react-router';
import { LazyRouteError } from '../../routes/lazy-route-error';

/** Holds every page, so that a page that fails shows its error inside the app's frame. */
export default function Pages() {
  return <Outlet />;
}

export const ErrorBoundary = LazyRouteError;
