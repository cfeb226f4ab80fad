import { notes } from 'virtual:examflow/index';
import { RouteError } from './route-error';
import { ReviewView } from './review/review-view';

const vaultSlugs = new Set(notes.map((note) => note.slug));

/** The review page over this vault's notes. */
export function ReviewPage() {
  return <ReviewView vaultSlugs={vaultSlugs} />;
}

export { ReviewPage as Component, RouteError as ErrorBoundary };
