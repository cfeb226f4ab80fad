import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataRequestPath, documentRequestPath, prerenderPages, type PrerenderBuild } from './prerender-pages';
import { revisionOf } from './precache-manifest';

const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'examflow-prerender-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const component = () => null;
const loader = () => null;
const route = (id: string, props: Record<string, unknown>, module: Record<string, unknown>) => ({ id, parentId: id === 'root' ? undefined : 'root', ...props, module });

/** A server bundle's routes: a layout, home and a note with loaders, a shell without, a redirect and a feed (a resource route). */
function fakeBuild(basename: string): PrerenderBuild {
  const routes = {
    root: route('root', { path: '' }, { default: component }),
    home: route('home', { index: true }, { default: component, loader }),
    note: route('note', { path: 'notes/:slug' }, { default: component, loader }),
    exam: route('exam', { path: 'exam' }, { default: component }),
    old: route('old', { path: 'old' }, { default: component, loader }),
    feed: route('feed', { path: 'feed.xml' }, { loader }),
  };
  const hasLoader = (id: string) => ['home', 'note', 'old', 'feed'].includes(id);
  return {
    routes,
    assets: { routes: Object.fromEntries(Object.keys(routes).map((id) => [id, { id, hasLoader: hasLoader(id) }])) },
    basename,
    future: { v8_trailingSlashAwareDataRequests: false },
  } as unknown as PrerenderBuild;
}

/** A handler that answers like the server bundle and records what it was asked. */
function fakeHandler() {
  const asked: { url: string; data: string | null }[] = [];
  const handler = async (request: Request) => {
    const url = new URL(request.url);
    asked.push({ url: url.pathname + url.search, data: request.headers.get('X-React-Router-Prerender-Data') });
    if (url.pathname.endsWith('.data')) return new Response(`data of ${url.pathname} <&>`, { status: 200 });
    if (url.pathname.includes('/old')) return new Response('', { status: 302, headers: { Location: '/notes/a' } });
    if (url.pathname.includes('/broken')) return new Response('boom', { status: 500 });
    if (url.pathname.endsWith('feed.xml')) return new Response('<rss/>', { status: 200 });
    return new Response(`<html>${url.pathname}</html>`, { status: 200 });
  };
  return { handler, asked };
}

describe('request paths, as React Router names them', () => {
  test('a page\'s data is its path with .data, home\'s is _root.data, under the basename', () => {
    expect(dataRequestPath('/notes/a', '/', false)).toBe('/notes/a.data');
    expect(dataRequestPath('/', '/', false)).toBe('/_root.data');
    expect(dataRequestPath('/notes/a', '/base/', false)).toBe('/base/notes/a.data');
    expect(dataRequestPath('/notes/a/', '/', true)).toBe('/notes/a/_.data');
    expect(documentRequestPath('/notes/a', '/base/')).toBe('/base/notes/a/');
    expect(documentRequestPath('/', '/')).toBe('/');
  });
});

describe('prerenderPages', () => {
  test('writes a page\'s data, then its HTML, in React Router\'s layout; the HTML request carries no data (the loaders answer it)', async () => {
    const dir = tempDir();
    const { handler, asked } = fakeHandler();
    await prerenderPages(handler, fakeBuild('/base/'), dir, ['/notes/a', '/', '/exam'], 2);
    expect(readFileSync(path.join(dir, 'base/notes/a.data'), 'utf8')).toBe('data of /base/notes/a.data <&>');
    expect(readFileSync(path.join(dir, 'base/notes/a/index.html'), 'utf8')).toBe('<html>/base/notes/a/</html>');
    expect(readFileSync(path.join(dir, 'base/_root.data'), 'utf8')).toBe('data of /base/_root.data <&>');
    expect(readFileSync(path.join(dir, 'base/index.html'), 'utf8')).toBe('<html>/base/</html>');
    expect(readFileSync(path.join(dir, 'base/exam/index.html'), 'utf8')).toBe('<html>/base/exam/</html>');
    expect(asked.map((entry) => entry.data)).toEqual([null, null, null, null, null]);
    expect(asked.map((entry) => entry.url).sort()).toEqual(['/base/', '/base/_root.data', '/base/exam/', '/base/notes/a.data', '/base/notes/a/']);
    // Each page's data is asked for before its HTML.
    const at = (url: string) => asked.findIndex((entry) => entry.url === url);
    expect(at('/base/notes/a.data')).toBeLessThan(at('/base/notes/a/'));
    expect(at('/base/_root.data')).toBeLessThan(at('/base/'));
  });

  test('a page\'s files are written as the server answered them, byte for byte', async () => {
    const dir = tempDir();
    const text = 'Grüße — 日本語 \u2028 🙂';
    const handler = async (request: Request) => new Response(new URL(request.url).pathname.endsWith('.data') ? `[${text}]` : `<p>${text}</p>`, { status: 200 });
    await prerenderPages(handler, fakeBuild('/'), dir, ['/notes/a'], 1);
    expect(readFileSync(path.join(dir, 'notes/a.data'), 'utf8')).toBe(`[${text}]`);
    expect(readFileSync(path.join(dir, 'notes/a/index.html'), 'utf8')).toBe(`<p>${text}</p>`);
  });

  test('a page whose routes have no loader is rendered without a data file', async () => {
    const dir = tempDir();
    const { handler, asked } = fakeHandler();
    await prerenderPages(handler, fakeBuild('/'), dir, ['/exam'], 4);
    expect(asked).toEqual([{ url: '/exam/', data: null }]);
    expect(readFileSync(path.join(dir, 'exam/index.html'), 'utf8')).toBe('<html>/exam/</html>');
  });

  test('a redirect becomes a page that forwards (after 2 s for a 302)', async () => {
    const dir = tempDir();
    const { handler } = fakeHandler();
    await prerenderPages(handler, fakeBuild('/'), dir, ['/old'], 1);
    const html = readFileSync(path.join(dir, 'old/index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="2;url=/notes/a">');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  test('a resource route writes its data for its own route and what its loader answers at the path itself', async () => {
    const dir = tempDir();
    const { handler, asked } = fakeHandler();
    await prerenderPages(handler, fakeBuild('/'), dir, ['/feed.xml'], 1);
    expect(asked.map((entry) => entry.url)).toEqual(['/feed.xml.data?_routes=feed', '/feed.xml']);
    expect(readFileSync(path.join(dir, 'feed.xml'), 'utf8')).toBe('<rss/>');
  });

  test('a path that reaches no route is skipped', async () => {
    const dir = tempDir();
    const { handler, asked } = fakeHandler();
    const build = fakeBuild('/');
    await prerenderPages(handler, { ...build, routes: { root: build.routes.root } }, dir, ['/nowhere'], 1);
    expect(asked).toEqual([]);
    expect(existsSync(path.join(dir, 'nowhere'))).toBe(false);
  });

  test('a page the server cannot render fails the build, naming the path', async () => {
    const { handler } = fakeHandler();
    await expect(prerenderPages(handler, fakeBuild('/'), tempDir(), ['/notes/broken'], 1)).rejects.toThrow(/500 status code .*\/notes\/broken\//);
  });

  test('gives the revision of each data file it wrote and the pages it wrote finished, by path in the finished site', async () => {
    const dir = tempDir();
    const finished = '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="x"/></head></html>';
    const handler = async (request: Request) => {
      const url = new URL(request.url).pathname;
      if (url.endsWith('.data')) return new Response(`data of ${url}`, { status: 200 });
      if (url.includes('/old')) return new Response('', { status: 302, headers: { Location: '/notes/a' } });
      return new Response(finished, { status: 200 });
    };
    const written = await prerenderPages(handler, fakeBuild('/base/'), dir, ['/notes/a', '/', '/old'], 2);
    expect(Object.fromEntries(written.revisions)).toEqual({
      'notes/a.data': revisionOf('notes/a.data', readFileSync(path.join(dir, 'base/notes/a.data'))),
      '_root.data': revisionOf('_root.data', readFileSync(path.join(dir, 'base/_root.data'))),
      'old.data': revisionOf('old.data', readFileSync(path.join(dir, 'base/old.data'))),
    });
    // The redirect's page is not finished: the build's last stage finishes it.
    expect([...written.finished].sort()).toEqual(['index.html', 'notes/a/index.html']);
  });

  test('every path is rendered once, whatever the concurrency', async () => {
    const dir = tempDir();
    const { handler, asked } = fakeHandler();
    const paths = Array.from({ length: 7 }, (_, i) => `/notes/n${i}`);
    await prerenderPages(handler, fakeBuild('/'), dir, paths, 3);
    expect(asked.filter((entry) => !entry.url.endsWith('.data')).map((entry) => entry.url).sort()).toEqual(paths.map((p) => `${p}/`).sort());
  });
});
