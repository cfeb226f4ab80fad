// @vitest-environment jsdom
import type { HydrationState } from 'react-router';
import { createSiteRouter } from './site-router';

// What the page's steps did, in order, with the tasks they ran in.
const log: string[] = [];

vi.mock('react-router', async (importOriginal) => {
  const actual = await importOriginal<typeof import('react-router')>();
  return {
    ...actual,
    // The page's turbo-stream, already decoded: what it holds is React Router's concern, when it is read is ours.
    UNSAFE_decodeViaTurboStream: async () => {
      log.push('decode');
      const state: HydrationState = { loaderData: { root: null, 'routes/page': { title: 'A page' } }, actionData: null, errors: null };
      return { done: Promise.resolve(), value: state };
    },
    UNSAFE_createRouter: (init: Parameters<typeof actual.UNSAFE_createRouter>[0]) => {
      log.push('create router');
      const router = actual.UNSAFE_createRouter(init);
      const initialize = router.initialize.bind(router);
      router.initialize = () => {
        log.push('start router');
        return initialize();
      };
      return router;
    },
  };
});

/** The globals a pre-rendered page of one route (under the root) hands its app. */
function prerenderedPage() {
  const route = (id: string, parentId: string | undefined, path: string | undefined) => ({
    id, parentId, path, index: undefined, caseSensitive: undefined, module: `/${id}.js`, imports: [], css: [],
    hasAction: false, hasLoader: true, hasClientAction: false, hasClientLoader: false, hasClientMiddleware: false, hasErrorBoundary: false,
  });
  return {
    __reactRouterContext: {
      basename: '/', future: {}, ssr: false, isSpaMode: false, routeDiscovery: { mode: 'initial' as const },
      stream: new ReadableStream<Uint8Array>(),
    },
    __reactRouterManifest: {
      routes: { root: route('root', undefined, ''), 'routes/page': route('routes/page', 'root', 'page') },
      entry: { module: '/entry.js', imports: [] }, url: '/manifest.js', version: '1',
    },
    __reactRouterRouteModules: { root: { default: () => null }, 'routes/page': { default: () => null } },
  };
}

describe('createSiteRouter', () => {
  test('decodes the page, makes its router and starts it each in a task of its own, none in the task that called it', async () => {
    window.history.replaceState(null, '', '/page');
    log.length = 0;
    const yieldTask = async () => {
      log.push('next task');
    };
    const page = prerenderedPage();
    const site = await createSiteRouter(page as unknown as Parameters<typeof createSiteRouter>[0], yieldTask);
    expect(log).toEqual(['next task', 'decode', 'next task', 'create router', 'next task', 'start router']);
    expect(site.router.state.initialized).toBe(true);
    expect(site.router.state.loaderData['routes/page']).toEqual({ title: 'A page' });
  });
});
