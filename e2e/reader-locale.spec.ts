import { expect, test, type Browser } from '@playwright/test';
import { settle, watchHydration } from './support/hydration';

// e2e/fixtures/obsidian-vault has notes titled and tagged in Korean and in English: a list of them sorted by the
// runtime's own locale comes out in one order in the pre-render (Node) and in another in a Korean browser.
const LISTS = [
  { name: 'the list of all notes', path: '/notes', links: 'main a[href*="/notes/"]' },
  { name: 'the tags page', path: '/tags', links: 'main a[href*="/tags/"]' },
];
const BROWSERS = [
  { reader: 'a reader whose browser is Korean', locale: 'ko-KR' },
  { reader: 'a reader whose browser is English', locale: 'en-US' },
];

/** The links a reader without scripts gets, in the pre-rendered HTML's order. */
async function prerenderedLinks(browser: Browser, locale: string, path: string, links: string): Promise<(string | null)[]> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale });
  const page = await context.newPage();
  await page.goto(path);
  const hrefs = await page.locator(links).evaluateAll((found) => found.map((link) => link.getAttribute('href')));
  await context.close();
  return hrefs;
}

for (const { reader, locale } of BROWSERS) {
  test.describe(`for ${reader}, with nothing saved`, () => {
    test.use({ locale });
    for (const { name, path, links } of LISTS) {
      test(`${name} hydrates as it was pre-rendered: same order, nothing drawn again, no error`, async ({ page, browser }) => {
        const before = await prerenderedLinks(browser, locale, path, links);
        expect(before.length).toBeGreaterThan(1);
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        await watchHydration(page);
        const record = await settle(page, path);
        // React's error 418 is a mismatch with the pre-rendered HTML: it then draws the page again in the browser.
        expect(errors).toEqual([]);
        expect(record.removed).toEqual([]);
        expect(record.shift).toBe(0);
        expect(await page.locator(links).evaluateAll((found) => found.map((link) => link.getAttribute('href')))).toEqual(before);
      });
    }
  });
}
