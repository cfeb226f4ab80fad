import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM, weighPage } from './page-weight';

// A page as a built one behaves: complete HTML, whose app (one script) starts only when the page says so.
const ORIGIN = 'http://bench.test';
const START = `window.startApp = () => {
  const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = '/app.js'; document.head.append(link);
  const s = document.createElement('script'); s.type = 'module'; s.src = '/app.js'; document.body.append(s);
};`;
const PAGE = `<!doctype html><html><body><main>A pre-rendered note</main><script>${START}</script></body></html>`;
// The home page of a first visit: its app starts on the first press or pointer over a control, and answers the search button.
const WAITING = `<!doctype html><html><body><header><button class="search-launcher">Search</button></header><main>Home</main><script>${START}
for (const type of ['pointerover', 'pointerdown']) addEventListener(type, function once() { removeEventListener(type, once, true); if (!window.asked) { window.asked = true; startApp(); } }, true);
</script></body></html>`;
// What React does as it hydrates: it attaches itself to <main>; on the home page it then opens the search asked for.
const APP = `document.querySelector('main').__reactFiber$bench = {};
if (document.querySelector('.search-launcher')) document.body.insertAdjacentHTML('beforeend', '<div role="dialog">Search</div>');`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await (await browser.newContext()).newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = route.request().url();
    if (url.endsWith('/app.js')) return route.fulfill({ contentType: 'text/javascript', body: APP });
    return route.fulfill({ contentType: 'text/html', body: url.endsWith('/home') ? WAITING : PAGE });
  });
});
afterEach(() => page.context().close());

describe('weighPage', () => {
  test('counts the scripts of an app that starts after the network has gone idle', async () => {
    const weighing = weighPage(page, `${ORIGIN}/`, { intentAfterPaintMs: 30_000 });
    // Where `networkidle` alone ended the visit, before the app of a long page had started (5,000 notes' tag page).
    // Waited for on the page itself: until weighPage navigates, the tab's about:blank is idle already.
    await page.waitForURL(`${ORIGIN}/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => (window as unknown as { startApp: () => void }).startApp());
    const weight = await weighing;
    expect(weight).toMatchObject({ start: 'load', scripts: 1 });
    expect(weight.firstPress).toBeUndefined();
  });

  test('a page whose app waits for a press counts nothing until it, then what its first press fetched and when the app answered', async () => {
    const weight = await weighPage(page, `${ORIGIN}/home`, { intentAfterPaintMs: 200 });
    expect(weight).toMatchObject({ start: 'intent', scripts: 0, scriptGzip: 0, requests: 1 });
    expect(weight.firstPress).toMatchObject({ scripts: 1, requests: 1 });
    expect(weight.firstPress?.toAppMs).toBeGreaterThanOrEqual(0);
    expect(weight.firstPress?.toResponseMs).toBeGreaterThanOrEqual(weight.firstPress?.toAppMs ?? Number.NaN);
  });

  test('says so when the app never starts, not at load nor on a press, rather than reporting a page of no scripts', async () => {
    expect(await weighPage(page, `${ORIGIN}/`, { startTimeoutMs: 1_000, intentAfterPaintMs: 200 })).toMatchObject({ start: 'never', scripts: 0 });
  });
});
