// @vitest-environment jsdom
import { startOnIntentScript } from './start-on-intent-script';

// The script exactly as the home page inlines it, run in this window.
const runInlinedScript = () => new Function(startOnIntentScript('/'))();
const started = () => document.body.querySelectorAll(':scope > script[type="module"]').length === 1;

describe("the home page's start script", () => {
  beforeEach(() => {
    localStorage.clear();
    document.body.innerHTML = '<main><p>Notes</p><a href="/tags">Tags</a></main><template id="app-start"><script type="module">import "/assets/entry.js";</script></template>';
  });
  // No listener is left behind for the next test.
  afterEach(() => document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true })));

  test('on a first visit it starts the app on the first intent only: a pointer over a link, not over text', () => {
    runInlinedScript();
    expect(started()).toBe(false);
    document.querySelector('p')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(started()).toBe(false);
    document.querySelector('a')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(started()).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    expect(document.body.querySelectorAll(':scope > script').length).toBe(1);
  });

  test('on a first visit it links the manifest after the first contentful paint, before any intent', async () => {
    const paintClock = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((frame) => {
      frame(0);
      return 0;
    });
    try {
      runInlinedScript();
      await vi.waitFor(() => expect(document.head.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe('/manifest.webmanifest'));
      expect(started()).toBe(false);
    } finally {
      paintClock.mockRestore();
      document.head.innerHTML = '';
    }
  });

  test('for a returning reader it starts the app at load, with no intent', async () => {
    localStorage.setItem('examflow-progress', '{}');
    runInlinedScript();
    await vi.waitFor(() => expect(started()).toBe(true));
  });
});
