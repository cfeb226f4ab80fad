/**
 * React Router's `matchRoutes` for many paths of few kinds. Each call flattens and ranks the whole route tree and
 * compiles a pattern per route it tries: at 5,000 notes, asking it for each of ~9,500 pre-rendered paths cost each
 * pre-render thread ~1.6 s. Which routes a path reaches depends only on its shape: how many segments it has and
 * which of them equal (as React Router compares, ignoring case) a static segment of some route; every other segment
 * can only meet a dynamic segment or a splat, which take any text. Paths of one shape share one answer.
 */
import { matchRoutes, type RouteObject } from 'react-router';

/** The static segments of the tree's route paths, lower-cased (`notes/:slug` gives `notes`). */
export function staticSegments(tree: readonly RouteObject[], into = new Set<string>()): Set<string> {
  for (const route of tree) {
    for (const segment of (route.path ?? '').split('/')) {
      const name = segment.replace(/\?$/, '').toLowerCase();
      if (name !== '' && !name.startsWith(':') && name !== '*') into.add(name);
    }
    if (route.children) staticSegments(route.children, into);
  }
  return into;
}

/** A segment as React Router compares it: percent-decoded (`not%65s` is `notes`), or as it is when it cannot be. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `pagePath` with each segment that is not a static segment of `statics` (compared decoded and lower-cased) as `:`. */
export function pathShape(pagePath: string, statics: ReadonlySet<string>): string {
  return pagePath.split('/').map((segment) => {
    if (segment === '') return segment;
    const name = decoded(segment).toLowerCase();
    return statics.has(name) ? name : ':';
  }).join('/');
}

/** The ids of the routes a path reaches, outermost first, or null for none. */
export type RouteIds = readonly string[] | null;

/** A function giving the ids of the routes of `tree` that each path reaches, as `matchRoutes` does. */
export function routeMatcher(tree: RouteObject[]): (pagePath: string) => RouteIds {
  const statics = staticSegments(tree);
  const known = new Map<string, RouteIds>();
  return (pagePath) => {
    const shape = pathShape(pagePath, statics);
    let ids = known.get(shape);
    if (ids === undefined) {
      ids = matchRoutes(tree, pagePath)?.map((match) => match.route.id ?? '') ?? null;
      known.set(shape, ids);
    }
    return ids;
  };
}
