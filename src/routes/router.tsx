import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './app-layout';
import { HomePage } from './home-page';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/**
 * Every page but the home page is loaded when first visited, so the home page ships only React, the
 * router and the note index. Each route has its own error boundary, so a broken page keeps the header.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: HomePage },
          { path: 'notes', lazy: () => import('./all-notes-page') },
          { path: 'notes/:slug', lazy: () => import('./note-page') },
          { path: 'tags', lazy: () => import('./tags-page') },
          { path: 'tags/*', lazy: () => import('./tag-page') },
          { path: 'review', lazy: () => import('./review-page') },
          { path: 'progress', lazy: () => import('./progress-page') },
          { path: 'settings', lazy: () => import('./settings-page') },
          { path: 'practice', lazy: () => import('./practice-page') },
          { path: 'exam', lazy: () => import('./exam-page') },
          { path: 'exam/results/:id', lazy: () => import('./exam-results-page') },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

/** The app's router, rooted at the base path the site was built for. */
export function createRouter() {
  // The base keeps its trailing slash so that links stay inside the service worker's scope.
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });
}
