import { expect, test, type Route } from '@playwright/test';
import { untilHydrated } from './support/hydration';
import { answersClick, BIG_TEST_TIMEOUT, isPart, LAST_LINE, LONG, rest, setLanguage, shownWords, untilWhole } from './support/big-note';

/**
 * The big note's later parts (e2e/support/big-note.ts): kept as the page holds them when it is opened directly,
 * fetched in chunks and drawn as they arrive when the app draws the note itself, and their widgets and controls
 * the app's, drawn as each part comes near.
 */
// A page of megabytes on a shared, loaded machine: generous limits (they bound a wait, they measure nothing).
test.describe.configure({ timeout: BIG_TEST_TIMEOUT });
// A trace snapshots the whole DOM at each step: seconds per step for a page of megabytes.
test.use({ trace: 'off' });

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
  expect(await shownWords(flow.locator('.button-place'))).toEqual(['Step through', 'Full screen', 'Show source']);
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
