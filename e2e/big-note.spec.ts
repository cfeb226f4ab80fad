import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import { untilHydrated } from './support/hydration';

/**
 * The big-notes vault (e2e/support/make-big-vault.ts): a note of megabytes. Its pre-rendered page holds the
 * whole note while the page's data holds only the first part, so hydration never parses the body twice;
 * when the app draws it (a link from another note), the later parts come in chunks of several, each part
 * drawn as it arrives, and the page answers input in between. Timings are `src/cli/bench/big-note-page.ts`'s, not asserted.
 */
const LAST_LINE = 'Last paragraph of the big note.';
const rest = { en: 'Showing the rest of this long note…', ko: '긴 노트의 나머지를 그리는 중…' } as const;

/** The big note's Markdown as make-big-vault.ts wrote it (the `big` project's server generates it first). */
const bigNoteMarkdown = () => readFileSync('e2e/.generated/big-vault/big-note.md', 'utf8');

/** A chunk of later parts (`parts-<first>-<end>`): the page asks for these only when it draws the note itself. */
const isPart = (url: string) => /\/assets\/parts-\d+-\d+-[^/]*\.js$/.test(url);

// A page of megabytes on a shared, loaded machine: generous limits (they bound a wait, they measure nothing).
test.describe.configure({ timeout: 300_000 });
// A trace snapshots the whole DOM at each step: seconds per step for a page of megabytes.
test.use({ trace: 'off' });
const LONG = { timeout: 180_000 };

/** Clicks the theme button, which the app's own code handles, and sees the page switch theme. */
async function answersClick(page: Page) {
  // A click before the app runs (it starts after the first paint) is the browser's alone.
  await untilHydrated(page);
  const theme = await page.locator('html').getAttribute('data-theme');
  await page.locator('.app-header-tools button').first().click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme ?? '');
}

/** Waits until the page holds the whole note as elements: no group of it still kept as text (later-source.ts). */
async function untilWhole(page: Page) {
  await expect(page.locator('.note-body').getByText(LAST_LINE)).toBeAttached(LONG);
  await expect(page.locator('noscript[data-later-source]')).toHaveCount(0, LONG);
}

async function setLanguage(page: Page, language: 'en' | 'ko', remoteImages?: 'off') {
  await page.addInitScript(([lang, images]) => {
    const state = { language: lang, theme: 'light', ...(images ? { remoteImages: images } : {}) };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  }, [language, remoteImages] as const);
}

test('the pre-rendered page holds the whole note, its data only the first part', async ({ request }) => {
  const html = await (await request.get('/notes/big-note', { headers: { accept: 'text/html' } })).text();
  const data = await (await request.get('/notes/big-note.data')).text();
  // A reader without JavaScript gets all of it.
  expect(html).toContain(LAST_LINE);
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '').join('');
  expect(scripts).toContain('The first part of a very long note.');
  expect(scripts).not.toContain(LAST_LINE);
  expect(data).not.toContain(LAST_LINE);
  expect(data.length).toBeLessThan(html.length / 4);
  // Nor the data of a diagram past the first part: it travels with its part's chunk.
  const flows = [...bigNoteMarkdown().matchAll(/^```\n(.+→.+)\n```$/gm)].map((match) => match[1] ?? '');
  expect(flows.length).toBeGreaterThan(10);
  expect(data).toContain(JSON.stringify(flows[0]));
  expect(data).not.toContain(JSON.stringify(flows.at(-1)));
});

test('a diagram in one of the last parts comes alive when scrolled to, its data fetched with its part', async ({ page }) => {
  await setLanguage(page, 'en');
  const parts: string[] = [];
  page.on('request', (request) => isPart(request.url()) && parts.push(request.url()));
  await page.goto('/notes/big-note', LONG);
  await answersClick(page);
  expect(parts).toEqual([]);
  // The groups past the first come into the page once it is idle (untilWhole).
  await untilWhole(page);
  // A flow block's own diagram (a diagram inside a part's Markdown is static HTML, never live).
  const last = page.locator('.note-body-later [data-widget] .flow-diagram').last();
  await last.scrollIntoViewIfNeeded(LONG);
  // The live diagram answers its own button (by keyboard: the page still moves as parts are laid out); the
  // pre-rendered copy would not.
  await expect(async () => {
    await last.getByRole('button', { name: 'Show source' }).focus({ timeout: 2_000 });
    await page.keyboard.press('Enter');
    await expect(last.getByRole('button', { name: 'Hide source' })).toBeAttached({ timeout: 2_000 });
  }).toPass(LONG);
  expect(parts.length).toBeGreaterThan(0);
});

test('the later parts\' controls are the app\'s: none in the page, each drawn in the place kept for it as its part comes near', async ({ page, context, request }) => {
  const html = await (await request.get('/notes/big-note', { headers: { accept: 'text/html' } })).text();
  // Chromium's autofill looks at every button of the page at DOMContentLoaded: thousands in a long note's parts.
  const later = html.slice(html.indexOf('class="note-body-later"'));
  expect(later).toContain('class="code-block"');
  // A flow's figure (its class list may go on: `flow-diagram flow-keeps-hint`).
  expect(later).toMatch(/class="flow-diagram[ "]/);
  // A remote image's Load button too: only its place.
  expect(later).toContain('class="btn btn-small remote-image-load button-place"');
  expect(later).not.toContain('<button');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Remote images wait for the reader's click, so the Load button shows.
  await setLanguage(page, 'en', 'off');
  await page.goto('/notes/big-note', LONG);
  await untilHydrated(page);
  await untilWhole(page);
  const region = page.locator('.note-body-later');
  // The toolbar's box and each of its controls' (places or buttons).
  const boxes = (toolbar: Element) => [toolbar, ...toolbar.children].map((element) => {
    const { width, height } = element.getBoundingClientRect();
    return [width, height];
  });
  // The last remote image, far from the view: its Load button's place, of the button's size.
  const image = region.locator('.remote-image').last();
  const placeBox = await image.locator('.remote-image-load.button-place').evaluate((element) => element.getBoundingClientRect().toJSON());
  // The last diagram, far from the view: the page's copy, whose buttons are places of their size.
  const flow = region.locator('[data-widget]:has(.flow-diagram)').last();
  await expect(flow.locator('.button-place')).toHaveText(['Step through', 'Full screen', 'Show source']);
  const placed = await flow.locator('.flow-toolbar').evaluate(boxes);
  await flow.scrollIntoViewIfNeeded(LONG);
  // Live, its buttons where their places were, each of the same size: nothing moves.
  await expect(flow.getByRole('button', { name: 'Show source' })).toBeEnabled(LONG);
  await expect(flow.locator('.button-place')).toHaveCount(0);
  expect(await flow.locator('.flow-toolbar').evaluate(boxes)).toEqual(placed);
  // The last code block gets its Copy button as it comes near, and the button copies.
  const code = region.locator('.code-block').last();
  await code.scrollIntoViewIfNeeded(LONG);
  await code.getByRole('button', { name: 'Copy' }).click(LONG);
  await expect(code.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.locator('pre').textContent());
  // The last remote image gets its Load button as it comes near, in its place, and the button loads the image.
  await image.scrollIntoViewIfNeeded(LONG);
  const load = image.getByRole('button', { name: /^Load image/ });
  await expect(load).toBeVisible(LONG);
  const box = await load.evaluate((element) => element.getBoundingClientRect().toJSON());
  expect([box.width, box.height]).toEqual([placeBox.width, placeBox.height]);
  await load.click();
  await expect(image).toHaveAttribute('data-state', 'shown');
});

test('opened without scripts, a later diagram shows no button it cannot work, nor an empty place', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto('/notes/big-note', LONG);
    const places = page.locator('.note-body-later .flow-diagram').last().locator('.button-place');
    await expect(places).toHaveCount(3);
    expect(await places.evaluateAll((all) => all.map((place) => getComputedStyle(place).display))).toEqual(['none', 'none', 'none']);
  } finally {
    await context.close();
  }
});

for (const language of ['en', 'ko'] as const) {
  test(`opened directly, the page keeps every part as pre-rendered and fetches none (${language})`, async ({ page }) => {
    await setLanguage(page, language);
    const parts: string[] = [];
    page.on('request', (request) => isPart(request.url()) && parts.push(request.url()));
    await page.goto('/notes/big-note', LONG);
    const body = page.locator('.note-body');
    const lastPart = body.locator('[data-part]').last();
    // The app answers a click (hydration is over); once idle, the page holds every part, the last one with all
    // its pre-rendered HTML.
    await answersClick(page);
    await untilWhole(page);
    const before = await lastPart.evaluate((element) => element.innerHTML.length);
    await answersClick(page);
    expect(await lastPart.evaluate((element) => element.innerHTML.length)).toBe(before);
    await expect(body.getByText(LAST_LINE)).toBeAttached();
    await expect(body).not.toHaveAttribute('aria-busy', /.*/);
    expect(parts).toEqual([]);
  });

  test.describe(() => {
    // page.route never sees a request the service worker answers: once the small note's visit has installed it
    // (it claims the tab and precaches every part), the held parts came from its cache and the note was whole
    // before the checks below, 1 run in 4. The hold is the test's, so the worker stays out of this one.
    test.use({ serviceWorkers: 'block' });

    test(`reached by a link, the note shows its first part and answers a click while later parts arrive (${language})`, async ({ page }) => {
      await setLanguage(page, language);
      await page.goto('/notes/small-note');
      // Reached by a link: the app's router follows it, so the app must run before the click.
      await untilHydrated(page);
      // Later parts are held back until the click is answered: the note is then certainly still arriving.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const parts: string[] = [];
      const hold = async (route: Route) => {
        parts.push(route.request().url());
        await held;
        await route.continue();
      };
      await page.route((url) => isPart(url.href), hold);
      await page.locator('.note-body a[href$="/notes/big-note"]').click();
      const body = page.locator('.note-body');
      await expect(page.getByRole('heading', { level: 1, name: 'Big note' })).toBeVisible();
      await expect(body.getByText('The first part of a very long note.')).toBeVisible();
      await expect(body).toHaveAttribute('aria-busy', 'true');
      await expect(body.getByRole('status')).toHaveText(rest[language]);
      // Drawn as it is, never skipped while out of view: Chromium lays the whole body out again when a skipped
      // child of it goes, which the status does once the note is whole.
      expect(await body.getByRole('status').evaluate((status) => getComputedStyle(status).contentVisibility)).toBe('visible');
      await answersClick(page);
      await expect(body.getByText(LAST_LINE)).toHaveCount(0);
      // The parts are asked for once the note's list of them has loaded, which a loaded machine may finish after the click.
      await expect.poll(() => parts.length, LONG).toBeGreaterThan(0);
      release();
      // The rest come straight from the server (once the held ones have gone on): a part that goes through the
      // test's handler waits on the test runner, a round trip per part that at load 25 drew 700 of the note's
      // 1,000 parts in the 3 minutes allowed.
      await page.unrouteAll({ behavior: 'wait' });
      // Then the whole note arrives, in order, in chunks of several parts.
      await expect(body).not.toHaveAttribute('aria-busy', /.*/, LONG);
      await expect(body.getByText(LAST_LINE)).toBeAttached();
      expect(new Set(parts).size).toBeGreaterThan(1);
      await expect(body.locator('[data-part]:empty')).toHaveCount(0);
    });
  });
}

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
