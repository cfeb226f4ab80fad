import { expect, test, type Page } from '@playwright/test';
import { JOURNEY_SIZES, readInKorean } from './support/journey';

// Route stylesheets load lazily and stay loaded: once a quiz page has been open, its CSS applies to every
// page after it. The header's buttons must keep one size (and a 44 px touch target) whatever was open before.

/** Opens the phone menu when there is one, then the size of every header button, by its name. */
async function headerButtons(page: Page): Promise<Record<string, { width: number; height: number }>> {
  const menu = page.getByRole('button', { name: '메뉴' });
  if (await menu.isVisible() && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
  const sizes: Record<string, { width: number; height: number }> = {};
  for (const button of await page.locator('header button').all()) {
    if (!(await button.isVisible())) continue;
    const box = await button.boundingBox();
    const name = (await button.getAttribute('aria-label')) ?? (await button.innerText()).trim();
    if (box) sizes[name] = { width: Math.round(box.width), height: Math.round(box.height) };
  }
  return sizes;
}

for (const size of JOURNEY_SIZES) {
  test.describe(`touch targets on a ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.beforeEach(async ({ page }) => readInKorean(page));

    test('header buttons are 44 px and keep their size after a quiz page has loaded its styles', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const before = await headerButtons(page);
      expect(Object.keys(before).length).toBeGreaterThanOrEqual(3);
      for (const box of Object.values(before)) expect(box.height).toBeGreaterThanOrEqual(44);

      await page.goto('/practice?note=kms-sagemaker-s3-encryption');
      await expect(page.locator('.quiz-question-heading').first()).toBeVisible();
      // The compact buttons of the quiz page itself are touch targets too.
      for (const button of await page.locator('main .btn-small').all()) {
        expect((await button.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
      }
      // Back home inside the same document, with the quiz page's stylesheet still in it.
      await page.getByRole('link', { name: 'examflow' }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await headerButtons(page)).toEqual(before);
    });
  });
}
