import { expect, test } from '@playwright/test';
import { untilHydrated } from './support/hydration';
import { BIG_TEST_TIMEOUT, LAST_LINE, LONG, untilWhole } from './support/big-note';

/**
 * The big note's groups past the first, which its pre-rendered page keeps as text (e2e/support/big-note.ts,
 * src/routes/note/later-source.ts): drawn at once for a link into them, as the reader nears them, and when the
 * page is idle, with nothing moving; whole without scripts.
 */
// A page of megabytes on a shared, loaded machine: generous limits (they bound a wait, they measure nothing).
test.describe.configure({ timeout: BIG_TEST_TIMEOUT });
// A trace snapshots the whole DOM at each step: seconds per step for a page of megabytes.
test.use({ trace: 'off' });

for (const visit of ['opened directly', 'reached by a link'] as const) {
  test(`a link to a heading in one of the last parts lands on it (${visit})`, async ({ page }) => {
    await page.goto('/notes/small-note');
    // The small note runs its app first, so that its link (in the "reached by a link" case) is followed by the router.
    await untilHydrated(page);
    const link = page.locator('.note-body a[href*="/notes/big-note#"]');
    const href = (await link.getAttribute('href')) ?? '';
    const id = decodeURIComponent(href.slice(href.indexOf('#') + 1));
    if (visit === 'opened directly') await page.goto(href, LONG);
    else await link.click();
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).toBeInViewport(LONG);
    // Deep in the note: far past the first part the page data carries.
    expect(await heading.evaluate((element) => Number(element.closest<HTMLElement>('[data-part]')?.dataset.part))).toBeGreaterThanOrEqual(40);
  });
}

test('opened directly, the groups past the first come as text and, once the page is idle, are the whole note again: every heading, the last line, nothing moved', async ({ page, request }) => {
  const html = await (await request.get('/notes/big-note', { headers: { accept: 'text/html' } })).text();
  const later = html.slice(html.indexOf('class="note-body-later"'));
  // Where scripts run, the parser makes one text node of each such group, not its thousands of elements.
  const sources = [...later.matchAll(/<noscript data-later-source="">([\s\S]*?)<\/noscript>/g)].map((match) => match[1] ?? '');
  expect(sources.length).toBeGreaterThan(1);
  expect(sources.at(-1)).toContain(LAST_LINE);
  // Nothing inside closes a group early (a remote image's own <noscript> is held as a <span>).
  for (const source of sources) expect(source).not.toContain('<noscript');
  // The ids of the headings the page holds as text (its HTML escapes only `&` and `"` in an attribute).
  const headings = [...sources.join('').matchAll(/<h[2-6] id="([^"]+)"/g)].map((match) => (match[1] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  expect(headings.length).toBeGreaterThan(sources.length);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/notes/big-note', LONG);
  await untilHydrated(page);
  await untilWhole(page);
  // Find in page and a screen reader's list of headings reach the whole note.
  const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)?.closest('.note-body-later')), headings);
  expect(missing).toEqual([]);
  // Drawn in place while out of view: nothing the reader sees moved.
  const shift = await page.evaluate(() => new Promise<number>((resolve) => {
    new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0)))
      .observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(0), 500);
  }));
  expect(shift).toBe(0);
});

test('on a phone, a group kept as text is drawn as the reader nears it, the groups far below left as text, and nothing moves', async ({ page }) => {
  // Only nearing draws here: the idle drawing (which would draw every group in the end) never gets its turn.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as unknown as { shift: number }).shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/notes/big-note', LONG);
  await untilHydrated(page);
  const held = () => page.evaluate(() => [...document.querySelectorAll('.note-body-group')].map((group) => group.querySelector('noscript[data-later-source]') !== null));
  const before = await held();
  const first = before.indexOf(true);
  expect(first).toBeGreaterThan(0);
  // To a few screens above the first group kept as text, then down a screen at a time, as a reader scrolls. The
  // groups above take their real height once drawn (a guess until then): aimed again until the group stays put.
  await expect.poll(() => page.evaluate((index) => {
    const group = document.querySelectorAll('.note-body-group')[index];
    const off = (group?.getBoundingClientRect().top ?? 0) - 3 * innerHeight;
    window.scrollTo(0, window.scrollY + off);
    return Math.abs(off) < 50;
  }, first), LONG).toBe(true);
  const inView = () => page.evaluate(() => [...document.querySelectorAll('.note-body-group')].filter((group) => {
    const box = group.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  }).map((group) => ({ held: group.querySelector('noscript[data-later-source]') !== null, text: (group.textContent ?? '').trim().length > 0 })));
  for (let screen = 0; screen < 8; screen += 1) {
    await page.mouse.wheel(0, 800);
    // Every group in view is drawn, with its text.
    await expect.poll(inView, LONG).toEqual(expect.not.arrayContaining([expect.objectContaining({ held: true })]));
    expect((await inView()).every((group) => group.text)).toBe(true);
  }
  const after = await held();
  // The group came near and was drawn; groups far below are still text, left to the idle drawing.
  expect(after[first]).toBe(false);
  expect(after.at(-1)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
});

test('opened without scripts, the whole note shows, a later remote image as its image', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto('/notes/big-note', LONG);
    // By the page's own look (Playwright's text locators skip what is inside a <noscript>): scrolled to, it shows.
    const shows = await page.evaluate((line) => {
      const last = [...document.querySelectorAll('.note-body-later p')].filter((p) => p.textContent?.includes(line)).at(-1);
      last?.scrollIntoView();
      const box = last?.getBoundingClientRect();
      return box !== undefined && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
    }, LAST_LINE);
    expect(shows).toBe(true);
    const image = page.locator('.note-body-later .remote-image').last().locator('img');
    await expect(image).toHaveAttribute('src', /^https:/);
  } finally {
    await context.close();
  }
});
