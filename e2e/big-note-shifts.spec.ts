import { expect, test } from '@playwright/test';
import { untilHydrated } from './support/hydration';
import { BIG_TEST_TIMEOUT, LONG, setLanguage, shownWords } from './support/big-note';

/**
 * The big note read on a phone in Korean, the language its pages are not pre-rendered in (e2e/support/big-note.ts).
 * A later diagram's pre-rendered copy is replaced by the live diagram, drawn in Korean, as it comes near. A copy with
 * the English words of its buttons took two rows for them at 390 px where the live Korean diagram takes one: 52 px
 * taller, so a block in view moved up by that much as the reader scrolled by wheel into the first group kept as text
 * (a layout shift of 0.033-0.058 on the 20 MB note). The copy now has the reader's words, and so their box.
 */
test.describe.configure({ timeout: BIG_TEST_TIMEOUT });
// A trace snapshots the whole DOM at each step: seconds per step for a page of megabytes.
test.use({ trace: 'off', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone in Korean, a later diagram\'s copy holds its buttons\' places in Korean, on one row as the live buttons', async ({ page }) => {
  await setLanguage(page, 'ko');
  await page.goto('/notes/big-note', LONG);
  await untilHydrated(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko', LONG);
  await expect(page.locator('html')).not.toHaveAttribute('data-pending-language', /.*/, LONG);
  // The diagrams of the first group, which the page holds as elements: copies until they come near.
  const copies = page.locator('.note-body-group').first().locator('[data-widget] .flow-toolbar:has(.button-place)');
  expect(await copies.count()).toBeGreaterThan(0);
  // Laid out though out of view (a group is skipped by rendering until near), so that their boxes can be read.
  await page.locator('.note-body-group').first().evaluate((group) => ((group as HTMLElement).style.contentVisibility = 'visible'));
  for (const toolbar of await copies.all()) {
    expect(await shownWords(toolbar.locator('.button-place'))).toEqual(['단계별로 보기', '전체 화면', '원본 보기']);
    const rows = await toolbar.locator('.button-place').evaluateAll((places) => new Set(places.map((place) => Math.round(place.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);
  }
});
