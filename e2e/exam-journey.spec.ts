import { expect, test } from '@playwright/test';
import { axeFindsNothing, JOURNEY_SIZES as sizes, readInKorean as korean } from './support/journey';

for (const size of sizes) {
  test.describe(`exams, ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.beforeEach(async ({ page }) => korean(page));

    test('an exam that runs out of time says so, reviews first, and is found again from the exam page and the Progress chart', async ({ page }) => {
      await page.clock.install();
      await page.goto('/exam');
      await expect(page.getByRole('heading', { name: '지난 모의고사 (0회)' })).toBeVisible();
      await page.getByLabel('출제 범위').selectOption('service/sagemaker');
      await page.getByLabel('문제 수').fill('3');
      await page.getByRole('button', { name: '시험 시작' }).click();

      // The clock stays in sight while the question scrolls.
      const clock = page.getByRole('timer', { name: '남은 시간' });
      await expect(clock).toBeVisible();
      await page.mouse.wheel(0, 1500);
      await expect(clock).toBeInViewport();

      await page.locator('.quiz-option input').first().check();
      await page.clock.fastForward('02:00:00');
      await expect(page).toHaveURL(/\/exam\/results\//);
      await expect(page.getByRole('alert')).toContainText('시간이 끝났습니다');
      // The review comes before the results by tag, which are grouped and closed.
      const headings = await page.locator('#main h2').allTextContents();
      expect(headings.indexOf('문제 검토')).toBeGreaterThan(-1);
      expect(headings.indexOf('문제 검토')).toBeLessThan(headings.indexOf('태그별 결과'));
      const groups = page.locator('.quiz-by-tag-groups details');
      await expect(groups.first()).toBeVisible();
      expect(await groups.evaluateAll((all) => all.every((group) => !(group as HTMLDetailsElement).open))).toBe(true);
      await axeFindsNothing(page);
      const results = page.url();

      await page.goto('/exam');
      const past = page.getByRole('region', { name: '지난 모의고사 (1회)' });
      const entry = past.getByRole('listitem');
      await expect(entry).toContainText('출제 범위: 태그 service/sagemaker');
      await expect(entry).toContainText('3문제 중');
      await expect(entry).toContainText('불합격');
      await expect(entry).toContainText(/걸린 시간: \d+:00 \(시간 종료\)/);
      await axeFindsNothing(page);
      await entry.getByRole('link', { name: /모의고사, 불합격$/ }).click();
      await expect(page).toHaveURL(results);
      // Opened again later, the notice is there without being announced again.
      await expect(page.getByRole('heading', { name: '시간이 끝났습니다' })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);

      await page.goto('/progress');
      // The score depends on the draw (the first option may be right), so the dot is found by its verdict.
      await page.getByRole('group', { name: /모의고사/ }).getByRole('link', { name: /: \d+, 불합격$/ }).click();
      await expect(page).toHaveURL(results);
      await expect(page.getByRole('heading', { level: 1, name: '시험 결과' })).toBeVisible();
    });
  });
}

test.describe('exam setup at 320 px', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  test.beforeEach(async ({ page }) => korean(page));

  test('the scope picker stays inside its card, whatever tag it shows', async ({ page }) => {
    await page.goto('/exam');
    const card = page.locator('form.quiz-exam-setup');
    const picker = page.getByLabel('출제 범위');
    for (const option of await picker.locator('option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value))) {
      await picker.selectOption(option);
      const [box, inner] = [await card.boundingBox(), await picker.boundingBox()];
      expect(inner!.x + inner!.width).toBeLessThanOrEqual(box!.x + box!.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
