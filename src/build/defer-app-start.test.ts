import { createHash } from 'node:crypto';
import { pagePolicy } from './csp.ts';
import { deferAppStart, earlySearchScript, START_APP_SCRIPT } from './defer-app-start.ts';
import { startOnIntentScript } from '../app/start-on-intent-script.ts';
import { EARLY_PRESS_SCRIPT } from '../app/early-press-script.ts';

const MODULE_BODY = 'import "/assets/manifest.js";\nimport * as route0 from "/assets/root.js";\nimport("/assets/entry.client.js");';
// The shape React Router pre-renders: modulepreloads hoisted into <head>, the module script in <body>.
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/assets/styles.css"/><script>firstPaint()</script>' +
  '<link rel="modulepreload" href="/assets/manifest.js"/><link rel="modulepreload" href="/assets/root.js"/></head>' +
  '<body><main><h1>Title</h1></main><script>window.__reactRouterContext = {};</script>' +
  `<script type="module" async="">${MODULE_BODY}</script><script>stream.close();</script></body></html>`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('deferAppStart', () => {
  const html = deferAppStart(PAGE);
  const [outside = '', template = ''] = [html.replace(/<template[\s\S]*<\/template>/, ''), /<template id="app-start">([\s\S]*)<\/template>/.exec(html)?.[1]];

  test('nothing outside the inert template fetches or runs an app script before the page paints', () => {
    expect(outside).not.toMatch(/<link\b[^>]*modulepreload|<script\b[^>]*type="module"/);
  });

  test('the template holds the modulepreloads and the module script as React Router wrote them', () => {
    expect(template).toBe(`<link rel="modulepreload" href="/assets/manifest.js"/><link rel="modulepreload" href="/assets/root.js"/><script type="module" async="">${MODULE_BODY}</script>`);
  });

  test('the page itself is untouched: stylesheet, first-paint script, content and hydration data stay in order', () => {
    expect(outside).toBe(PAGE.replace(/<link rel="modulepreload"[^>]*>/g, '').replace(/<script type="module"[\s\S]*?<\/script>/, `<script>${earlySearchScript()};${EARLY_PRESS_SCRIPT};${START_APP_SCRIPT}</script>`));
  });

  test("the page's policy allows the script that listens for early search and presses and starts the app and the module script it writes, by hash", () => {
    const scriptSrc = pagePolicy(html).split('; ').find((part) => part.startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain(sha(`${earlySearchScript()};${EARLY_PRESS_SCRIPT};${START_APP_SCRIPT}`));
    expect(scriptSrc).toContain(sha(MODULE_BODY));
  });

  test('a page with no module script is returned as it is', () => {
    const plain = '<html><head></head><body><p>hi</p></body></html>';
    expect(deferAppStart(plain)).toBe(plain);
  });
});

test("the early search listener is given the search's scripts to preload, written so no address can end the script", () => {
  const html = deferAppStart(PAGE, undefined, ['/base/assets/search-dialog.js', '/odd</script>/a.js']);
  expect(html).toContain(`<script>${earlySearchScript(['/base/assets/search-dialog.js', '/odd</script>/a.js'])};`);
  expect(earlySearchScript(['/base/assets/search-dialog.js'])).toContain('["/base/assets/search-dialog.js"]');
  expect(html.match(/<\/script>/g)).toHaveLength(deferAppStart(PAGE).match(/<\/script>/g)!.length);
});

describe('deferAppStart on the home page (homeBase)', () => {
  const html = deferAppStart(PAGE, '/base/');

  test('the app is started by the intent script instead of after the paint, beside the same early listeners', () => {
    expect(html).toContain(`<script>${earlySearchScript()};${EARLY_PRESS_SCRIPT};${startOnIntentScript('/base/')}</script>`);
    expect(html).not.toContain(START_APP_SCRIPT);
    expect(startOnIntentScript('/base/')).toContain('"/base/sw.js","/base/"');
  });

  test("the page's policy allows the intent script by hash", () => {
    const scriptSrc = pagePolicy(html).split('; ').find((part) => part.startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain(sha(`${earlySearchScript()};${EARLY_PRESS_SCRIPT};${startOnIntentScript('/base/')}`));
  });
});
