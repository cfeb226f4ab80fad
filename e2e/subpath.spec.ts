import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { untilServiceWorkerControls } from './support/service-worker';
import { untilHydrated } from './support/hydration';

// The `subpath` project serves a build made with BASE_PATH=/examflow/ on port 4174 (see playwright.config.ts).
const NOTE = '/examflow/notes/kms-sagemaker-s3-encryption';
const NOTE_TITLE = 'KMS로 암호화된 S3 데이터를 SageMaker에서 접근하는 권한 설정';

/** Every same-site link and asset of the page stays under the base path. */
async function expectEverythingUnderBase(page: Page) {
  const urls = await page.evaluate(() => [
    ...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
    ...[...document.querySelectorAll('script[src], img[src]')].map((e) => (e as HTMLScriptElement).src),
    ...[...document.querySelectorAll('link[href]')].map((l) => (l as HTMLLinkElement).href),
  ]);
  const local = urls.filter((url) => new URL(url).origin === new URL(page.url()).origin);
  expect(local.length).toBeGreaterThan(5);
  for (const url of local) expect(new URL(url).pathname, url).toMatch(/^\/examflow\//);
}

test('a deep link under /examflow/ opens directly and survives a reload', async ({ page }) => {
  await page.goto(NOTE);
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(NOTE_TITLE);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(NOTE_TITLE);
  await expectEverythingUnderBase(page);
  // The header's logo is a public asset: it must load from the base path, not from the site root.
  const logo = page.locator('header img').first();
  await expect(logo).toHaveJSProperty('complete', true);
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('links keep the reader under /examflow/ from the home page to a note and back', async ({ page }) => {
  await page.goto('/examflow/');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expectEverythingUnderBase(page);
  await page.getByRole('link', { name: NOTE_TITLE }).first().click();
  await expect(page).toHaveURL(new RegExp(`${NOTE}$`));
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(NOTE_TITLE);
  await page.getByRole('link', { name: 'examflow' }).click();
  await expect(page).toHaveURL(/\/examflow\/$/);
});

test('GitHub Pages answers an unknown path with 404.html, and the app still draws the note', async ({ page }) => {
  // What GitHub Pages does for a path with no file: status 404 and the body of 404.html.
  const notFoundPage = readFileSync('dist-subpath/404.html', 'utf8');
  await page.route(`**${NOTE}`, (route) =>
    route.fulfill({ status: 404, contentType: 'text/html', body: notFoundPage }),
  );
  await page.goto(NOTE);
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(NOTE_TITLE);
});

test('the web manifest and the service worker live under the base path', async ({ page, request }) => {
  const manifest = await (await request.get('/examflow/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'examflow', start_url: '/examflow/', scope: '/examflow/' });
  for (const icon of manifest.icons as { src: string }[]) {
    expect((await request.get(`/examflow/${icon.src}`)).ok(), icon.src).toBe(true);
  }
  await page.goto('/examflow/');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/examflow/');
  // Linked after the first paint: by a first visit's home page itself (it starts its app on intent), by the app elsewhere.
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/examflow/manifest.webmanifest');
  // A note's page starts its app, which links it once.
  await page.goto(NOTE);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/examflow/manifest.webmanifest');
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  expect(readFileSync('dist-subpath/_redirects', 'utf8')).toBe('/examflow/* /examflow/__spa-fallback.html 200\n');
});

test('offline under /examflow/, a deep link is answered by the service worker with the app', async ({ page, context }) => {
  await page.goto('/examflow/');
  await untilServiceWorkerControls(page);
  await context.setOffline(true);
  try {
    const response = await page.goto(NOTE);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(NOTE_TITLE);
  } finally {
    await context.setOffline(false);
  }
});

test.describe('without JavaScript under /examflow/', () => {
  test.use({ javaScriptEnabled: false });

  test('a note deep link shows the note and its options, and the home page links it under the base', async ({ page }) => {
    await page.goto(NOTE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOTE_TITLE);
    await expect(page.getByRole('list', { name: 'Question 1' }).getByRole('listitem')).not.toHaveCount(0);
    await page.goto('/examflow/');
    await page.getByRole('link', { name: /^All \d+ notes$/ }).click();
    await page.getByRole('link', { name: NOTE_TITLE }).click();
    // The list's links say which list the reader came from (`?in=notes`, for previous/next): the path is the note's.
    await expect(page).toHaveURL(new RegExp(`${NOTE}(\\?|$)`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOTE_TITLE);
  });
});

test('search under /examflow/: the worker fetches the index from under the base path', async ({ page, context }) => {
  const fetched: string[] = [];
  context.on('request', (request) => {
    if (/\/search-(head|shard|docs|latin)/.test(request.url())) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/examflow/');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await untilHydrated(page);
  await page.locator('body').press('/');
  await page.getByRole('combobox').fill('KMS');
  await expect(page.getByRole('option').first()).toContainText(NOTE_TITLE);
  expect(fetched.some((path) => /^\/examflow\/assets\/search-head-[\w-]+\.json$/.test(path))).toBe(true);
  for (const path of fetched) expect(path).toMatch(/^\/examflow\/assets\//);
});

test('a note under /examflow/ hydrates without a layout shift', async ({ page }) => {
  await page.addInitScript(() => {
    const seen = { shift: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[]) seen.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(NOTE, { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOTE_TITLE);
  expect(await page.evaluate(() => (window as unknown as { seen: { shift: number } }).seen.shift)).toBe(0);
});
