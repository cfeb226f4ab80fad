// @vitest-environment jsdom
import { startApp } from './start-app';

describe('startApp', () => {
  test("puts the template's modulepreloads into <head> and writes its module script anew into <body>", () => {
    document.head.innerHTML = '';
    document.body.innerHTML =
      '<main>page</main><template id="start"><link rel="modulepreload" href="/assets/a.js"><script type="module" async="">import "/assets/a.js";</script></template>';
    startApp(document, 'start');
    expect([...document.head.querySelectorAll('link')].map((link) => [link.rel, link.getAttribute('href')])).toEqual([['modulepreload', '/assets/a.js']]);
    const live = [...document.body.querySelectorAll<HTMLScriptElement>(':scope > script')];
    expect(live.map((script) => [script.type, script.textContent])).toEqual([['module', 'import "/assets/a.js";']]);
  });

  test('a page without the template is left as it is', () => {
    document.body.innerHTML = '<main>page</main>';
    startApp(document, 'start');
    expect(document.body.innerHTML).toBe('<main>page</main>');
  });
});
