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

  test('preloads go in as many per task as fit its time budget, and the script with the last of them', () => {
    page(20);
    const tasks: (() => void)[] = [];
    // Each asked-for preload takes 2 ms of this clock: 3 fit a budget of 5 ms (the third starts at 4 ms).
    let clock = 0;
    const now = () => clock;
    const realAppend = document.head.appendChild.bind(document.head);
    const append = vi.spyOn(document.head, 'appendChild').mockImplementation((node) => {
      clock += 2;
      return realAppend(node);
    });
    try {
      startApp(document, 'start', (work) => tasks.push(work), now, 5);
      const seen: [number, number][] = [[preloads().length, scripts().length]];
      while (tasks.length > 0) {
        tasks.shift()!();
        seen.push([preloads().length, scripts().length]);
      }
      expect(seen).toEqual([[3, 0], [6, 0], [9, 0], [12, 0], [15, 0], [18, 0], [20, 1]]);
      expect(preloads()).toEqual(Array.from({ length: 20 }, (_, i) => `/assets/${i}.js`));
    } finally {
      append.mockRestore();
    }
  });

  test('a preload that alone takes longer than the budget still goes in, one per task', () => {
    page(3);
    const tasks: (() => void)[] = [];
    let clock = 0;
    startApp(document, 'start', (work) => tasks.push(work), () => (clock += 10), 5);
    const seen = [preloads().length];
    while (tasks.length > 0) {
      tasks.shift()!();
      seen.push(preloads().length);
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(scripts()).toHaveLength(1);
  });

  test('works as inlined source: a page whose preloads fit the budget starts in the calling task', () => {
    page(4);
    new Function(`(${startApp.toString()})(document, 'start')`)();
    expect(preloads()).toHaveLength(4);
    expect(scripts()).toHaveLength(1);
  });

  test('a page without the template is left as it is', () => {
    document.body.innerHTML = '<main>page</main>';
    startApp(document, 'start');
    expect(document.body.innerHTML).toBe('<main>page</main>');
  });
});
