import { expect, test, type Page } from '@playwright/test';
import { holdPage } from './support/held-page.ts';

// A browser may paint a page it has parsed only in part (on a busy phone, or when the HTML arrives in pieces);
// what it painted then moves as the rest arrives: a progress bar centred on the text after it, a radio centred
// on its option's text still to come. The page's main content shows once its first screen has come whole.

const layoutShift = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => {
  new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0)))
    .observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(0), 500);
}));

const HELD = [
  // Cut between the practice's progress bar and the text beside it, which sets the row's height.
  { name: "a note's practice", path: '/practice/kms-sagemaker-s3-encryption', cut: '<span class="muted" aria-hidden="true">' },
  // Cut inside the note's first question, before its options' text.
  { name: 'a note', path: '/notes/kms-sagemaker-s3-encryption', cut: '<ol class="note-option-list"' },
];

for (const { name, path, cut } of HELD) {
  test(`${name} whose HTML stops half-way shows its header, and its main content only once it has come, where it stays`, async ({ page, baseURL }) => {
    const held = await holdPage(baseURL!, path, cut);
    try {
      await page.goto(held.url, { waitUntil: 'commit' });
      const heading = page.locator('main h1');
      // The half that has come is parsed and styled: the header shows, the main content waits.
      await expect(heading).toBeAttached();
      await expect(page.getByRole('banner').getByRole('link', { name: 'examflow' })).toBeVisible();
      await expect(heading).toBeHidden();
      held.release();
      await expect(heading).toBeVisible();
      await page.waitForLoadState('load');
      expect(await layoutShift(page)).toBe(0);
    } finally {
      await held.close();
    }
  });
}

// On a busy machine the parser may stop inside the header: painted then, its search button stood at the row's end,
// where the navigation still to come pushed it from, and moved as the rest came.
test('a page whose HTML stops inside its header shows the header only once it has come whole, where it stays', async ({ page, baseURL }) => {
  const held = await holdPage(baseURL!, '/notes/kms-sagemaker-s3-encryption', '<div class="app-header-tools">');
  try {
    await page.goto(held.url, { waitUntil: 'commit' });
    // By its class: unseen, it is in no role's reach.
    const brand = page.locator('header .app-brand');
    await expect(brand).toBeAttached();
    await expect(brand).toBeHidden();
    held.release();
    await expect(brand).toBeVisible();
    await expect(page.locator('main h1')).toBeVisible();
    await page.waitForLoadState('load');
    expect(await layoutShift(page)).toBe(0);
  } finally {
    await held.close();
  }
});

// The wait must never hide a page for good: a page whose mark never comes (here taken out of its HTML, and the
// app, which could draw one, kept from running) still shows once its HTML has all come.
test('a note whose first-screen mark never comes shows its main content once its HTML has come', async ({ page }) => {
  const path = '/notes/kms-sagemaker-s3-encryption';
  await page.route(/\/assets\/.*\.js(\?|$)/, (route) => route.abort());
  await page.route((url) => url.pathname === path, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<span class="first-screen-end"[^>]*><\/span>/g, '');
    expect(html).not.toContain('class="first-screen-end"');
    await route.fulfill({ response, body: html });
  });
  await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main .note-option-list').first()).toBeVisible();
});
