import { expect, test, type Page } from '@playwright/test';
import { PARSER_YIELD } from '../src/build/parser-yield.ts';

// The pre-render's own inline script that lets the HTML parser yield inside a long note: no note can write it,
// as the sanitizer drops every script a note holds, and it does nothing when run.
const PARSER_YIELD_TEXT = PARSER_YIELD.replace(/^<script>|<\/script>$/g, '');

/** Notes in e2e/fixtures/hostile-vault carry scripts, handlers and unsafe links that set markers if run. */
async function expectNothingRan(page: Page) {
  const state = await page.evaluate((parserYield) => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    title: document.title,
    frames: document.querySelectorAll('#main iframe, #main object, #main embed').length,
    scripts: [...document.querySelectorAll('#main script, #main svg script')].filter((script) => script.textContent !== parserYield).length,
    handlers: [...document.querySelectorAll('#main *')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    ).length,
    unsafeLinks: [...document.querySelectorAll<HTMLAnchorElement>('#main a[href]')].filter((a) =>
      /^(javascript|data|vbscript):/i.test(a.getAttribute('href') ?? ''),
    ).length,
  }), PARSER_YIELD_TEXT);
  expect(state).toEqual({ pwned: undefined, title: expect.not.stringMatching(/^PWNED$/), frames: 0, scripts: 0, handlers: 0, unsafeLinks: 0 });
}

test('the built page forbids inline scripts with a Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline\'; script');
  expect(csp).toContain("object-src 'none'");
});

test('no hostile note runs anything, and every one still renders with its problems shown', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/notes');
  await expect(page.locator('.home-note-list a').first()).toBeVisible();
  const hrefs = await page.locator('.home-note-list a').evaluateAll((links) =>
    [...new Set(links.map((a) => a.getAttribute('href') ?? ''))].filter((h) => h.startsWith('/notes/')),
  );
  expect(hrefs.length).toBeGreaterThanOrEqual(5);
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#main')).toBeVisible();
    await expectNothingRan(page);
  }
  expect(dialogs).toEqual([]);
});

test('a note with broken frontmatter still shows its body and its error with a line', async ({ page }) => {
  await page.goto('/notes');
  const broken = page.locator('.home-note-list li', { hasText: /problems|문제 있음/ }).first();
  await expect(broken).toBeVisible();
  await broken.getByRole('link').click();
  await expect(page.getByRole('heading', { name: /Problems in this note/ })).toBeVisible();
  await expect(page.locator('.diagnostics-error').first()).toContainText(/line \d+/);
});

test('a note whose file name is 255 bytes of Korean builds, opens and says its address was shortened', async ({ page }) => {
  await page.goto('/notes');
  await page.getByRole('link', { name: '아주 긴 파일 이름' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '아주 긴 파일 이름' })).toBeVisible();
  await expect(page.locator('#main')).toContainText(/File name is 255 bytes|파일 이름이 255바이트/);
  expect(new TextEncoder().encode(decodeURIComponent(new URL(page.url()).pathname)).length).toBeLessThan(255);
});

test('hostile tags are data: each chip lands on its own tag page, none spoofs its neighbour or grows without bound', async ({ page }) => {
  await page.goto('/notes');
  await page.getByRole('link', { name: 'Hostile tags' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hostile tags' })).toBeVisible();
  const chips = page.locator('.note-header .chip');
  const tags = await chips.evaluateAll((links) => links.map((a) => a.textContent ?? ''));
  expect(tags).toEqual(expect.arrayContaining(['..', '../../settings', 'a%2Fb', '\u202Egnp.exe', 'plain-after-rtl']));

  // The right-to-left override stays inside its chip: the chip after it still starts to its right.
  const rtl = chips.filter({ hasText: 'gnp.exe' });
  await expect(rtl.locator('bdi')).toHaveCSS('unicode-bidi', 'isolate');
  const [rtlBox, nextBox] = [await rtl.boundingBox(), await chips.filter({ hasText: 'plain-after-rtl' }).boundingBox()];
  expect(nextBox!.x > rtlBox!.x || nextBox!.y > rtlBox!.y).toBe(true);

  // The 5,001-character tag was cut to 100 at read time and its chip wraps within three lines.
  const long = chips.filter({ hasText: /^(긴태그)+/ });
  expect((await long.textContent())?.length).toBe(100);
  const lineHeight = await long.evaluate((chip) => parseFloat(getComputedStyle(chip).lineHeight) || 20);
  expect((await long.boundingBox())!.height).toBeLessThanOrEqual(3 * lineHeight + 8);
  await expect(page.locator('#main')).toContainText(/5001 characters long|길이가 5001자/);

  for (const tag of ['..', '../../settings', 'a%2Fb', '\u202Egnp.exe']) {
    await page.goto('/notes');
    await page.getByRole('link', { name: 'Hostile tags' }).click();
    const chip = chips.filter({ hasText: tag === '..' ? /^\.\.$/ : tag });
    const href = await chip.getAttribute('href');
    await chip.click();
    await expect(page).toHaveURL(/\/tags\//);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tag: ${tag}`);
    await expect(page.getByRole('link', { name: 'Hostile tags' })).toBeVisible();
    // Opened at its address (a new tab, or a click before the app runs): the server answers with the same page.
    await page.goto(href!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tag: ${tag}`);
  }
});
