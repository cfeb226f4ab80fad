// @vitest-environment jsdom
import { startApp } from './start-app';

const preloads = () => [...document.head.querySelectorAll('link')].map((link) => link.getAttribute('href'));
const scripts = () => [...document.body.querySelectorAll<HTMLScriptElement>(':scope > script')].map((script) => [script.type, script.textContent]);

/** A page whose app-start template holds `count` modulepreloads and the module script. */
function page(count: number) {
  document.head.innerHTML = '';
  const links = Array.from({ length: count }, (_, i) => `<link rel="modulepreload" href="/assets/${i}.js">`).join('');
  document.body.innerHTML = `<main>page</main><template id="start">${links}<script type="module" async="">import "/assets/0.js";</script></template>`;
}

describe('startApp', () => {
  test("puts the template's modulepreloads into <head> and writes its module script anew into <body>", () => {
    page(1);
    startApp(document, 'start');
    expect(preloads()).toEqual(['/assets/0.js']);
    expect(scripts()).toEqual([['module', 'import "/assets/0.js";']]);
  });

  test('many preloads go in a batch of at most 8 per task, and the script with the last batch, so no task asks for them all', () => {
    page(20);
    const tasks: (() => void)[] = [];
    startApp(document, 'start', (work) => tasks.push(work));
    const seen: [number, number][] = [[preloads().length, scripts().length]];
    while (tasks.length > 0) {
      tasks.shift()!();
      seen.push([preloads().length, scripts().length]);
    }
    expect(seen).toEqual([[8, 0], [16, 0], [20, 1]]);
    expect(preloads()).toEqual(Array.from({ length: 20 }, (_, i) => `/assets/${i}.js`));
  });

  test('a page without the template is left as it is', () => {
    document.body.innerHTML = '<main>page</main>';
    startApp(document, 'start');
    expect(document.body.innerHTML).toBe('<main>page</main>');
  });
});
