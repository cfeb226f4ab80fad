import type { ServerBuild } from 'react-router';
import { pageKey, withLoadersOnce } from './loader-reuse';

type Routes = ServerBuild['routes'];
type Args = { request: Request; params: Record<string, string>; context: unknown };

const component = () => null;

/** Routes with a note loader that counts its runs and answers a fresh object each time. */
function counted() {
  const runs: string[] = [];
  const note = async ({ params }: Args) => {
    runs.push(params.slug ?? '');
    if (params.slug === 'moved') throw new Response(null, { status: 302, headers: { Location: '/notes/a' } });
    return { slug: params.slug, body: `body of ${params.slug}` };
  };
  const routes = {
    root: { id: 'root', path: '', module: { default: component } },
    note: { id: 'note', parentId: 'root', path: 'notes/:slug', module: { default: component, loader: note, meta: () => [] } },
  } as unknown as Routes;
  return { routes, runs };
}

const call = (routes: Routes, url: string, slug: string) =>
  (routes.note!.module.loader as unknown as (args: Args) => Promise<unknown>)({ request: new Request(url), params: { slug }, context: {} });

describe('pageKey', () => {
  test('a page\'s data request (as React Router hands it to the loader) and its HTML request are one page', () => {
    expect(pageKey('note', 'http://localhost/notes/a')).toBe(pageKey('note', 'http://localhost/notes/a/'));
    expect(pageKey('note', 'http://localhost/base/notes/a?index')).toBe(pageKey('note', 'http://localhost/base/notes/a/'));
    expect(pageKey('root', 'http://localhost/')).toBe('root /');
  });

  test('other pages and other routes are not', () => {
    expect(pageKey('note', 'http://localhost/notes/a')).not.toBe(pageKey('note', 'http://localhost/notes/b'));
    expect(pageKey('note', 'http://localhost/notes/a')).not.toBe(pageKey('tag', 'http://localhost/notes/a'));
  });
});

describe('withLoadersOnce', () => {
  test("a page's HTML request gets the very value its data request's loader returned, without running it again", async () => {
    const { routes, runs } = counted();
    const once = withLoadersOnce(routes);
    const fromData = await call(once, 'http://localhost/notes/a', 'a');
    const fromPage = await call(once, 'http://localhost/notes/a/', 'a');
    expect(fromPage).toBe(fromData);
    expect(runs).toEqual(['a']);
  });

  test('a value is given once: a third request for the page runs the loader again', async () => {
    const { routes, runs } = counted();
    const once = withLoadersOnce(routes);
    await call(once, 'http://localhost/notes/a', 'a');
    await call(once, 'http://localhost/notes/a/', 'a');
    expect(await call(once, 'http://localhost/notes/a', 'a')).toEqual({ slug: 'a', body: 'body of a' });
    expect(runs).toEqual(['a', 'a']);
  });

  test('pages in flight together each get their own value', async () => {
    const { routes } = counted();
    const once = withLoadersOnce(routes);
    await Promise.all([call(once, 'http://localhost/notes/a', 'a'), call(once, 'http://localhost/notes/b', 'b')]);
    expect(await call(once, 'http://localhost/notes/b/', 'b')).toEqual({ slug: 'b', body: 'body of b' });
    expect(await call(once, 'http://localhost/notes/a/', 'a')).toEqual({ slug: 'a', body: 'body of a' });
  });

  test('a loader that throws (a redirect) keeps nothing: the next request runs it and it throws again', async () => {
    const { routes, runs } = counted();
    const once = withLoadersOnce(routes);
    await expect(call(once, 'http://localhost/notes/moved', 'moved')).rejects.toBeInstanceOf(Response);
    await expect(call(once, 'http://localhost/notes/moved/', 'moved')).rejects.toBeInstanceOf(Response);
    expect(runs).toEqual(['moved', 'moved']);
  });

  test('the routes are otherwise as they were: same ids, components and exports; no loader where there was none', () => {
    const { routes } = counted();
    const once = withLoadersOnce(routes);
    expect(Object.keys(once)).toEqual(['root', 'note']);
    expect(once.root).toBe(routes.root);
    expect(once.note!.module.default).toBe(component);
    expect(once.note!.module.meta).toBe(routes.note!.module.meta);
    expect(once.note!.path).toBe('notes/:slug');
    // The bundle's own routes are left alone (React Router's thread renders from them too).
    expect(routes.note!.module.loader).not.toBe(once.note!.module.loader);
  });
});
