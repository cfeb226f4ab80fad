import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM, weighPage } from './page-weight';

// A page as a built one behaves: complete HTML, whose app (one script) starts only when the page says so.
const ORIGIN = 'http://bench.test';
const PAGE = `<!doctype html><html><body><main>A pre-rendered note</main><script>
window.startApp = () => { const s = document.createElement('script'); s.src = '/app.js'; document.body.append(s); };
</script></body></html>`;
// What React does as it hydrates: it attaches itself to <main>.
const APP = `document.querySelector('main').__reactFiber$bench = {};`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await (await browser.newContext()).newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const script = route.request().url().endsWith('/app.js');
    return route.fulfill({ contentType: script ? 'text/javascript' : 'text/html', body: script ? APP : PAGE });
  });
});
afterEach(() => page.context().close());

describe('weighPage', () => {
  test('counts the scripts of an app that starts after the network has gone idle', async () => {
    const weighing = weighPage(page, `${ORIGIN}/`);
    // Where `networkidle` alone ended the visit, before the app of a long page had started (5,000 notes' tag page).
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => (window as unknown as { startApp: () => void }).startApp());
    expect(await weighing).toMatchObject({ started: true, scripts: 1 });
  });

  test('says so when the app never starts, rather than reporting a page of no scripts', async () => {
    expect(await weighPage(page, `${ORIGIN}/`, { startTimeoutMs: 1_000 })).toMatchObject({ started: false, scripts: 0 });
  });
});
