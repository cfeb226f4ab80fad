import { useLayoutEffect, useState, type ContextType } from 'react';
import { flushSync } from 'react-dom';
import {
  RouterProvider,
  UNSAFE_createBrowserHistory as createBrowserHistory,
  UNSAFE_createClientRoutes as createClientRoutes,
  UNSAFE_createRouter as createRouter,
  UNSAFE_decodeViaTurboStream as decodeViaTurboStream,
  UNSAFE_FrameworkContext as FrameworkContext,
  UNSAFE_getHydrationData as getHydrationData,
  UNSAFE_getTurboStreamSingleFetchDataStrategy as getTurboStreamSingleFetchDataStrategy,
  UNSAFE_hydrationRouteProperties as hydrationRouteProperties,
  UNSAFE_mapRouteProperties as mapRouteProperties,
  UNSAFE_RemixErrorBoundary as RemixErrorBoundary,
  type DataRouter,
  type HydrationState,
} from 'react-router';
import { nextTask } from '../ui/next-task';

// Routers already started: a router is started once, whether at once or after hydrating.
const started = new WeakSet<DataRouter>();

function start(router: DataRouter): void {
  if (started.has(router)) return;
  started.add(router);
  router.initialize();
}

type Framework = NonNullable<ContextType<typeof FrameworkContext>>;

/** What a pre-rendered page hands its app in `window.__reactRouterContext` (React Router's `<Scripts>`). */
interface PageContext {
  basename?: string;
  future: Framework['future'] & { v8_passThroughRequests?: boolean; v8_trailingSlashAwareDataRequests?: boolean };
  ssr: boolean;
  isSpaMode: boolean;
  routeDiscovery: Framework['routeDiscovery'];
  stream?: ReadableStream<Uint8Array>;
}

interface PageGlobals {
  __reactRouterContext?: PageContext;
  __reactRouterManifest?: Framework['manifest'];
  __reactRouterRouteModules?: Framework['routeModules'];
}

/** The router of a pre-rendered page and what its frame gives the routes (React Router's FrameworkContext). */
export interface SiteRouter {
  router: DataRouter;
  framework: Framework;
}

/** What the app's shell (a path with no page of its own) hands its router: the root's data alone, if it has any. */
function spaHydrationData(state: HydrationState, rootHasLoader: boolean): HydrationState | undefined {
  const { loaderData } = state;
  return rootHasLoader && loaderData && 'root' in loaderData ? { loaderData: { root: loaderData.root } } : undefined;
}

/**
 * The router of a page this site pre-rendered, made as React Router's `HydratedRouter` makes it, less what a
 * site with `ssr: false` never uses: every route is in the manifest the page loads, so there is no route
 * discovery (fog of war: React Router turns it off without a server, yet ships it), and nothing here
 * instruments the router. Navigations still load each page's pre-rendered `.data` file (single fetch).
 * Resolves once the page's hydration data (the turbo-stream the page holds) is decoded and the router made.
 *
 * Its three steps (decoding the page's data, making the router, starting it) each run in a task of their own
 * (`nextTask`), none in the task that evaluated the app's modules: together with that evaluation they were one
 * task of 12-18 ms of CPU after the first paint, the longest a page ran, which a phone 4x slower than this
 * machine (Lighthouse's model) blocks input for ~60 ms, and a busy machine for several times that.
 */
export async function createSiteRouter(page: PageGlobals = window as unknown as PageGlobals, yieldTask: () => Promise<void> = nextTask): Promise<SiteRouter> {
  const context = page.__reactRouterContext;
  const manifest = page.__reactRouterManifest;
  const routeModules = page.__reactRouterRouteModules;
  if (!context?.stream || !manifest || !routeModules) throw new Error('This page holds no pre-rendered React Router state');
  const { stream, ssr, isSpaMode, basename } = context;
  context.stream = undefined;
  await yieldTask();
  const state = (await decodeViaTurboStream(stream, window)).value as HydrationState;
  await yieldTask();
  const routes = createClientRoutes(manifest.routes, routeModules, state, ssr, isSpaMode);
  const hydrationData = isSpaMode
    ? spaHydrationData(state, manifest.routes.root?.hasLoader === true)
    : getHydrationData({
        state,
        routes,
        getRouteInfo: (routeId) => ({
          clientLoader: routeModules[routeId]?.clientLoader,
          hasLoader: manifest.routes[routeId]?.hasLoader === true,
          hasHydrateFallback: routeModules[routeId]?.HydrateFallback != null,
        }),
        location: window.location,
        basename,
        isSpaMode,
      });
  const router: DataRouter = createRouter({
    routes,
    history: createBrowserHistory(),
    basename,
    hydrationData,
    hydrationRouteProperties,
    mapRouteProperties,
    future: { v8_passThroughRequests: context.future.v8_passThroughRequests },
    dataStrategy: getTurboStreamSingleFetchDataStrategy(
      () => router,
      manifest,
      routeModules,
      ssr,
      basename,
      context.future.v8_trailingSlashAwareDataRequests ?? false,
    ),
  });
  // A page whose data is all in hand starts now; one that still has loaders to run (the app's shell) starts
  // after it has hydrated, so that its first draw is the fallback the HTML holds. Starting reads the session's
  // storage (React Router's view transitions), which a busy browser can take tens of milliseconds to answer.
  if (router.state.initialized) {
    await yieldTask();
    start(router);
  }
  return { router, framework: { manifest, routeModules, future: context.future, ssr, isSpaMode, routeDiscovery: context.routeDiscovery } };
}

// What React Router's DOM RouterProvider passes, for navigations that ask to be drawn at once.
const flush = (work: () => unknown): undefined => {
  flushSync(work);
};

/**
 * Draws the site's router into the pre-rendered document. Its elements are those of React Router's
 * `HydratedRouter` (and of `ServerRouter`, which drew the HTML), so that hydration matches and useId agrees.
 */
export function SiteRouterView({ router, framework }: SiteRouter) {
  const [location, setLocation] = useState(router.state.location);
  useLayoutEffect(() => {
    start(router);
  }, [router]);
  useLayoutEffect(
    () => router.subscribe((next) => {
      if (next.location !== location) setLocation(next.location);
    }),
    [router, location],
  );
  return (
    <>
      <FrameworkContext.Provider value={framework}>
        <RemixErrorBoundary location={location}>
          <RouterProvider router={router} flushSync={flush} />
        </RemixErrorBoundary>
      </FrameworkContext.Provider>
      <></>
    </>
  );
}
