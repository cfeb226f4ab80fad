import { expect, test, type Page } from '@playwright/test';
import { untilHydrated } from './support/hydration';
import { BIG_TEST_TIMEOUT, bigNoteMarkdown, LONG } from './support/big-note';

/** The big note's long outline (e2e/support/big-note.ts): pre-rendered whole, drawn by the app the same, and without scripts. */
// A page of megabytes on a shared, loaded machine: generous limits (they bound a wait, they measure nothing).
test.describe.configure({ timeout: BIG_TEST_TIMEOUT });
// A trace snapshots the whole DOM at each step: seconds per step for a page of megabytes.
test.use({ trace: 'off' });

test('a long outline: pre-rendered whole; drawn by the app, the same links in the end, none twice, each to a heading', async ({ page, request }) => {
  const html = await (await request.get('/notes/big-note', { headers: { accept: 'text/html' } })).text();
  const side = html.slice(html.indexOf('note-outline-side'), html.indexOf('</nav>', html.indexOf('note-outline-side')));
  const prerendered = [...side.matchAll(/<a href="([^"]+)">/g)].map((match) => match[1] ?? '');
  // Every level-2 heading of the note is there (a reader without scripts gets the whole outline).
  expect(prerendered.length).toBeGreaterThanOrEqual((bigNoteMarkdown().match(/^## /gm) ?? []).length);
  await page.goto('/notes/small-note');
  // Reached by a link: the app's router follows it, so the app must run before the click.
  await untilHydrated(page);
  await page.locator('.note-body a[href$="/notes/big-note"]').click();
  await expect(page).toHaveURL(/\/notes\/big-note$/);
  const list = page.locator('.note-outline-side .note-outline-list');
  await expect(list).not.toHaveAttribute('aria-busy', /.*/, LONG);
  const drawn = await list.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(drawn).toEqual(prerendered);
  expect(new Set(drawn).size).toBe(drawn.length);
  // The folded copy (narrow screens) holds the same links once unfolded.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('.note-outline-inline summary').click();
  await expect(page.locator('.note-outline-inline .note-outline-list')).not.toHaveAttribute('aria-busy', /.*/, LONG);
  expect(await page.locator('.note-outline-inline a').count()).toBe(drawn.length);
  await expect(page.locator('.note-body')).not.toHaveAttribute('aria-busy', /.*/, LONG);
  const missing = await page.evaluate((hrefs) => hrefs.filter((href) => !document.getElementById(decodeURIComponent(href.slice(1)))), drawn);
  expect(missing).toEqual([]);
});

/** The long outline's links in the page's HTML: those before the body (none: not parsed before its first screen), those of the side copy. */
async function outlineLinksInHtml(page: Page) {
  const html = await (await page.request.get('/notes/big-note', { headers: { accept: 'text/html' } })).text();
  const links = (text: string) => [...text.matchAll(/<a href="(#[^"]+)">/g)].map((match) => match[1] ?? '');
  const side = html.indexOf('note-outline-side');
  return { before: links(html.slice(0, html.indexOf('class="note-body'))), after: links(html.slice(side, html.indexOf('</nav>', side))) };
}

test('opened directly on a phone, the folded outline is drawn from the page once unfolded, every link once, none fetched', async ({ page }) => {
  const { before, after } = await outlineLinksInHtml(page);
  expect(before).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  const fetched: string[] = [];
  page.on('request', (request) => request.url().includes('/assets/parts') && fetched.push(request.url()));
  await page.goto('/notes/big-note', LONG);
  await untilHydrated(page);
  const folded = page.locator('.note-outline-inline');
  await folded.locator('summary').click();
  await expect(folded.locator('.note-outline-list')).not.toHaveAttribute('aria-busy', /.*/, LONG);
  const drawn = await folded.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(drawn).toEqual(after);
  expect(fetched).toEqual([]);
});

test('opened without scripts on a phone, the long outline shows after the note, every link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const { after } = await outlineLinksInHtml(page);
    await page.goto('/notes/big-note', LONG);
    await expect(page.locator('.note-outline-inline')).toBeHidden();
    const side = page.getByRole('navigation', { name: 'On this page' });
    await expect(side.getByRole('link').first()).toBeVisible();
    expect(await side.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).toEqual(after);
  } finally {
    await context.close();
  }
});
