import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseNote } from '../src/content/parse-note.ts';
import { displayTitle } from '../src/content/types.ts';
import { settle, untilHydrated, watchHydration } from './support/hydration.ts';
import { collectScripts } from './support/fetched-scripts.ts';

// The seed note of content/, read as the build reads it: the assertions follow the note, not a copy of it.
const FILE = 'content/kms-sagemaker-s3-encryption.md';
const SOURCE = readFileSync(FILE, 'utf8');
const NOTE = parseNote(SOURCE, FILE).note;
const NOTE_PATH = `/notes/${NOTE.slug}`;
/** The note's section headings (`## ` lines outside code fences), which its body must show. */
const SECTION_HEADINGS = SOURCE.replace(/^```[\s\S]*?^```/gm, '').match(/^## .+$/gm)?.map((line) => line.slice(3).trim()) ?? [];
const plain = (markdown: string) => markdown.replace(/[*_`]/g, '').trim();

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test("a note's deep link shows its title, body, questions and options", async ({ page }) => {
    await page.goto(NOTE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(displayTitle(NOTE));
    expect(SECTION_HEADINGS.length).toBeGreaterThan(1);
    for (const heading of SECTION_HEADINGS) await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    expect(NOTE.questions.length).toBeGreaterThan(0);
    for (const [i, question] of NOTE.questions.entries()) {
      await expect(page.getByRole('heading', { name: `Question ${i + 1}`, exact: true })).toBeVisible();
      const options = page.getByRole('list', { name: `Question ${i + 1}` }).getByRole('listitem');
      await expect(options).toHaveCount(question.options.length);
      for (const [j, option] of question.options.entries()) await expect(options.nth(j)).toContainText(plain(option.text));
    }
  });

  test('the header shows what works without scripts: its links, on a phone as a list; no Menu, search or theme button', async ({ page }) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(NOTE_PATH);
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of ['Notes', 'Tags', 'Exam', 'Review', 'Progress', 'Settings']) await expect(nav.getByRole('link', { name, exact: true })).toBeInViewport();
      await expect(page.getByRole('banner').getByRole('button')).toHaveCount(0);
    }
  });

  test("a note's flow diagram is drawn in the HTML: its boxes and the flow in words, not a placeholder", async ({ page }) => {
    await page.goto(NOTE_PATH);
    const figure = page.getByRole('figure', { name: /^Architecture flow/ }).first();
    const boxes = figure.locator('[data-node]');
    expect(await boxes.count()).toBeGreaterThan(1);
    await expect(boxes.first()).toBeVisible();
    // The flow in words is there for screen readers (visually hidden), one sentence per arrow.
    expect(await figure.getByRole('list', { name: 'The flow in words' }).getByRole('listitem').count()).toBeGreaterThan(0);
    // Its buttons need the script, so without one they say they cannot work.
    await expect(figure.getByRole('button', { name: 'Step through' })).toBeDisabled();
  });

  test("a note's practice shows its first question and options as the note writes them, ready to be checked", async ({ page }) => {
    await page.goto(`/practice/${NOTE.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Practice: ${displayTitle(NOTE)}`);
    const [first] = NOTE.questions;
    const options = page.locator('.quiz-option-list').getByRole('listitem');
    await expect(options).toHaveCount(first!.options.length);
    for (const [j, option] of first!.options.entries()) await expect(options.nth(j)).toContainText(plain(option.text));
    await expect(page.locator('.quiz-question-heading')).toHaveText(`Question 1 of ${NOTE.questions.length}`);
  });

  test('the home page links its notes: every note page in the sitemap is linked from it or from its list of all notes', async ({ page, request }) => {
    const noteLinks = () => page.locator('main a[href*="/notes/"]').evaluateAll((links) => links.map((a) => decodeURI(new URL((a as HTMLAnchorElement).href).pathname)));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const fromHome = await noteLinks();
    expect(fromHome.length).toBeGreaterThan(0);
    await page.getByRole('link', { name: /^All \d+ notes$/ }).click();
    await expect(page).toHaveURL(/\/notes$/);
    const linked = new Set([...fromHome, ...(await noteLinks())]);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const notePages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURI(new URL(m[1] ?? '').pathname)).filter((p) => p.startsWith('/notes/'));
    expect(notePages.length).toBeGreaterThan(1);
    expect(linked).toEqual(new Set(notePages));
  });
});

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'a note', path: NOTE_PATH },
  { name: 'a tag', path: `/tags/${NOTE.tags[0]}` },
  // A note's practice is pre-rendered at its first question: the session the app starts comes alive in it.
  { name: "a note's practice", path: `/practice/${NOTE.slug}` },
  // A shell: its frame is pre-rendered and the session is drawn in the browser, replacing the busy placeholder.
  { name: 'practice by query', path: `/practice?note=${NOTE.slug}`, shell: true },
];
const READERS = [
  { reader: 'an English reader with a light system', settings: null, colorScheme: 'light' as const },
  { reader: 'a Korean reader who chose dark', settings: { language: 'ko', theme: 'dark' }, colorScheme: 'light' as const },
  { reader: 'a reader with nothing saved and a dark system', settings: null, colorScheme: 'dark' as const },
  // A note's practice is pre-rendered with the options in the note's order, which this reader never sees.
  { reader: 'a reader who shuffles options', settings: { language: 'en', theme: 'light', shuffleOptions: true }, colorScheme: 'light' as const },
];

for (const { reader, settings, colorScheme } of READERS) {
  test.describe(`with JavaScript, for ${reader}`, () => {
    test.use({ colorScheme });
    for (const { name, path, shell } of PAGES) {
      test(`${name} hydrates with no layout shift, nothing removed, and no frame in another language or theme`, async ({ page }) => {
        if (settings) await page.addInitScript((saved) => localStorage.setItem('examflow-settings', JSON.stringify({ state: saved, version: 1 })), settings);
        await watchHydration(page);
        let record = await settle(page, path);
        if (record.shownUntranslated) {
          // Too slow a machine for the pack's wait (korean-pack.spec covers what the reader then sees): once more,
          // with the app's scripts now in the browser's cache.
          test.info().annotations.push({ type: 'slow', description: `the language pack's wait ran out; marks: ${record.marks.join(', ')}` });
          record = await settle(page, path);
        }
        expect(record.shownUntranslated, 'shown in the pre-rendered language before the reader\'s, on two visits').toBe(false);
        expect(record.shift, `moved: ${record.shifted.join(' | ')}; <html> marks: ${record.marks.join(', ')}`).toBe(0);
        if (!shell) expect(record.removed).toEqual([]);
        expect(record.last.visible).toBe(true);
        expect(record.last.theme).toBe(settings?.theme ?? colorScheme);
        // Every frame the reader could see already showed the final title in the final theme.
        const seen = record.frames.filter((frame) => frame.visible && frame.title !== undefined);
        for (const frame of seen) expect(frame).toEqual(record.last);
      });
    }
  });
}

// The page is complete HTML: on a phone's slow link every script fetched before it shows is bandwidth taken
// from the stylesheet, so the app's scripts are asked for only once its first contentful paint is on screen.
for (const { name, path } of PAGES) {
  test(`${name} shows its first contentful paint before it asks for any of the app's scripts, then hydrates`, async ({ page }) => {
    await page.goto(path);
    await untilHydrated(page);
    const { paint, scripts } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: performance.getEntriesByType('resource').filter((entry) => /\.js(\?|$)/.test(entry.name))
        .map((entry) => ({ url: new URL(entry.name).pathname, start: entry.startTime })),
    }));
    expect(paint).toBeDefined();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => script.start < paint!)).toEqual([]);
  });
}

/** Every control of the header: what it shows (hidden glyphs excluded) and where it stands. */
const headerControls = (page: import('@playwright/test').Page) =>
  page.locator('header').locator('a, button').evaluateAll((controls) => controls.map((control) => {
    const box = control.getBoundingClientRect();
    return { text: (control as HTMLElement).innerText, box: [box.x, box.y, box.width, box.height].map((n) => Math.round(n * 100) / 100) };
  }));

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the header shows, before the app's scripts run, what it shows once hydrated (${colorScheme} system)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    // The page as drawn before any script of the app has run: only the inline first-paint script runs.
    await page.route(/\.js(\?|$)/, (route) => route.abort());
    await page.goto(NOTE_PATH);
    const before = await headerControls(page);
    expect(before.length).toBeGreaterThan(3);
    await page.unrouteAll();
    await page.goto(NOTE_PATH, { waitUntil: 'networkidle' });
    await untilHydrated(page);
    await expect(page.getByRole('button', { name: colorScheme === 'dark' ? 'Use light theme' : 'Use dark theme' })).toBeVisible();
    expect(await headerControls(page)).toEqual(before);
  });
}

test("the first-paint script comes with the page, not again in the app's code: the hydrated page keeps it as written", async ({ page }) => {
  const scripts = collectScripts(page);
  await page.goto(NOTE_PATH, { waitUntil: 'networkidle' });
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber')))).toBe(true);
  const inline = (await page.locator('head script:not([src])').evaluateAll((found) => found.map((script) => script.textContent ?? ''))).find((text) => text.includes('pendingLanguage'));
  expect(inline).toContain("addEventListener('unhandledrejection'");
  const fetched = await scripts.bodies();
  expect(fetched.length).toBeGreaterThan(0);
  expect(fetched.filter((script) => script.includes("addEventListener('unhandledrejection'"))).toEqual([]);
});
