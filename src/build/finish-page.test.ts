import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deferAppStart, startScript } from './defer-app-start.ts';
import { withContentSecurityPolicy } from './csp.ts';
import { finishPage, isFinishedPage, isHomePath } from './finish-page.ts';
import { pageFinishCode } from './page-finish-plugin.ts';

// The shape React Router pre-renders: modulepreloads hoisted into <head>, the module script in <body>.
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="modulepreload" href="/assets/root.js"/></head>' +
  '<body><main><h1>Title</h1></main><script>window.__reactRouterContext = {};</script>' +
  '<script type="module" async="">import("/assets/entry.client.js");</script></body></html>';
const scripts = { page: startScript(undefined, ['/assets/search.js']), home: startScript('/base/', ['/assets/search.js']) };

test('a page finished as it is rendered is the page the pass over the written site made', () => {
  expect(finishPage(PAGE, scripts, false)).toBe(withContentSecurityPolicy(deferAppStart(PAGE, undefined, ['/assets/search.js'])));
  expect(finishPage(PAGE, scripts, true)).toBe(withContentSecurityPolicy(deferAppStart(PAGE, '/base/', ['/assets/search.js'])));
});

test('only the home page of the site gets the start on intent', () => {
  expect(isHomePath('/', '/')).toBe(true);
  expect(isHomePath('/base/', '/base/')).toBe(true);
  expect(isHomePath('/base/notes/a/', '/base/')).toBe(false);
  expect(isHomePath('/', '/base/')).toBe(false);
});

test('a finished page is told from one not yet finished by the start of its file', () => {
  expect(isFinishedPage(finishPage(PAGE, scripts, false).slice(0, 512))).toBe(true);
  expect(isFinishedPage(PAGE.slice(0, 512))).toBe(false);
  // A note cannot make its page look finished: React escapes the quotes of any text it renders.
  expect(isFinishedPage('<!DOCTYPE html><html><head><title>&lt;head&gt;&lt;meta http-equiv=&quot;Content-Security-Policy&quot;</title>')).toBe(false);
});

test("the server bundle's module finishes home with the intent script and the SPA fallback, at the same path, with the page's", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'page-finish-'));
  const file = path.join(dir, 'page-finish.mjs');
  await writeFile(file, pageFinishCode(scripts, '/base/', fileURLToPath(new URL('./finish-page.ts', import.meta.url))));
  const finish = ((await import(/* @vite-ignore */ file)) as { default: (html: string, pathname: string, spa: boolean) => string }).default;
  await rm(dir, { recursive: true, force: true });
  expect(finish(PAGE, '/base/', false)).toBe(finishPage(PAGE, scripts, true));
  expect(finish(PAGE, '/base/', true)).toBe(finishPage(PAGE, scripts, false));
  expect(finish(PAGE, '/base/notes/a/', false)).toBe(finishPage(PAGE, scripts, false));
});
