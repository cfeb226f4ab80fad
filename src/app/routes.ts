import { index, layout, route, type RouteConfig } from '@react-router/dev/routes';

/**
 * The app's pages. Each route module under routes/ is a thin wrapper that gives a page of src/routes its
 * data (loaders run at build time, when the page is pre-rendered) and its <title>, description and
 * canonical link; the pages themselves stay in src/routes.
 */
export default [
  layout('routes/pages.tsx', [
    index('routes/home.tsx'),
    route('notes', 'routes/all-notes.tsx'),
    route('notes/:slug', 'routes/note.tsx'),
    route('tags', 'routes/tags.tsx'),
    route('tags/*', 'routes/tag.tsx'),
    route('review', 'routes/review.tsx'),
    route('progress', 'routes/progress.tsx'),
    route('settings', 'routes/settings.tsx'),
    route('practice', 'routes/practice.tsx'),
    route('practice/:slug', 'routes/practice-note.tsx'),
    route('exam', 'routes/exam.tsx'),
    route('exam/results/:id', 'routes/exam-results.tsx'),
    route('*', 'routes/not-found.tsx'),
  ]),
] satisfies RouteConfig;
