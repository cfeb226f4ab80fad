import { expect, test, type Page } from '@playwright/test';
import { untilHydrated } from './support/hydration';
import { answersClick, BIG_TEST_TIMEOUT, bigNoteMarkdown, LAST_LINE, LONG } from './support/big-note';

/**
 * The big note's page and its data (e2e/support/big-note.ts): what each holds, so that hydration never parses the
 * body twice.
 */
// A page of megabytes on a shared, loaded machine: generous limits (they bound a wait, they measure nothing).
test.describe.configure({ timeout: BIG_TEST_TIMEOUT });
// A trace snapshots the whole DOM at each step: seconds per step for a page of megabytes.
test.use({ trace: 'off' });

/** The route data the page hydrates from, as written into it (React Router's inline stream), decoded to its text. */
function inlineData(html: string): string {
  return [...html.matchAll(/streamController\.enqueue\(("(?:[^"\\]|\\.)*")\);/g)].map((match) => JSON.parse(match[1] ?? '""') as string).join('');
}

/** `text` as the data writes it inside the note's JSON text (src/content/note-data.ts): a string in a string. */
const inNoteText = (text: string) => JSON.stringify(JSON.stringify(text)).slice(1, -1);

/**
 * The HTML of each Markdown block of the note's body (its own elements), as the page now holds it, each remote image
 * as its address alone: once the app runs it gives an image the state the reader chose, and its Load button.
 */
const bodyBlocks = (page: Page) => page.locator('.note-page > .note-body > .markdown').evaluateAll((blocks) => blocks.map((block) => {
  const copy = block.cloneNode(true) as Element;
  for (const image of copy.querySelectorAll('.remote-image')) image.replaceWith(image.getAttribute('data-remote-src') ?? '');
  return copy.innerHTML;
}));

/** The same, as the page's pre-rendered HTML holds it (parsed by the browser, with no script run). */
async function prerenderedBlocks(page: Page, path: string): Promise<string[]> {
  const html = await (await page.request.get(path, { headers: { accept: 'text/html' } })).text();
  return page.evaluate((text) => [...new DOMParser().parseFromString(text, 'text/html').querySelectorAll('.note-page > .note-body > .markdown')].map((block) => {
    for (const image of block.querySelectorAll('.remote-image')) image.replaceWith(image.getAttribute('data-remote-src') ?? '');
    return block.innerHTML;
  }), html);
}

test('the pre-rendered page holds the whole note, its data only the first part', async ({ request }) => {
  const html = await (await request.get('/notes/big-note', { headers: { accept: 'text/html' } })).text();
  const data = await (await request.get('/notes/big-note.data')).text();
  // A reader without JavaScript gets all of it.
  expect(html).toContain(LAST_LINE);
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '').join('');
  expect(scripts).not.toContain(LAST_LINE);
  expect(data).not.toContain(LAST_LINE);
  // The first part's HTML is in the data a navigation fetches; the page's own data leaves it out (the page holds it).
  expect(data).toContain('Part 1: ');
  expect(data).toMatch(/<\/h2>/);
  expect(inlineData(html)).not.toMatch(/<\/h2>/);
  expect(data.length).toBeLessThan(html.length / 4);
  // Nor the data of a diagram past the first part: it travels with its part's chunk.
  const flows = [...bigNoteMarkdown().matchAll(/^```\n(.+→.+)\n```$/gm)].map((match) => match[1] ?? '');
  expect(flows.length).toBeGreaterThan(10);
  expect(data).toContain(inNoteText(flows[0] ?? ''));
  expect(data).not.toContain(inNoteText(flows.at(-1) ?? ''));
});

for (const path of ['/notes/small-note', '/notes/big-note']) {
  test(`opened directly, ${path} hydrates with its body as pre-rendered, though its own data leaves out the body's HTML`, async ({ page, request }) => {
    const html = await (await request.get(path, { headers: { accept: 'text/html' } })).text();
    const data = await (await request.get(`${path}.data`)).text();
    const first = /<div class="markdown"[^>]*>(<[a-z0-9]+)/.exec(html.slice(html.indexOf('class="note-body')))?.[1] ?? '';
    // What the body's first block starts with is in the data a navigation fetches, not in the page's own.
    expect(first).not.toBe('');
    expect(data).toContain(first);
    expect(inlineData(html)).not.toContain(first);
    const prerendered = await prerenderedBlocks(page, path);
    expect(prerendered.length).toBeGreaterThan(0);
    await page.goto(path, LONG);
    await answersClick(page);
    expect(await bodyBlocks(page)).toEqual(prerendered);
  });
}

test('a note opened directly, then drawn again by the app after a navigation, shows the same body', async ({ page }) => {
  const prerendered = await prerenderedBlocks(page, '/notes/small-note');
  await page.goto('/notes/small-note');
  await untilHydrated(page);
  await page.locator('.note-body a[href$="/notes/big-note"]').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Big note' })).toBeVisible(LONG);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Small note' })).toBeVisible(LONG);
  await expect(page.locator('.note-body')).toContainText('A short note beside');
  expect(await bodyBlocks(page)).toEqual(prerendered);
});
