import { expect, test } from '@playwright/test';
import { JOURNEY_SIZES as sizes, readInKorean as korean } from './support/journey';
import { chooseAsAsked } from './support/choose';

const SEED = '/notes/kms-sagemaker-s3-encryption';

for (const size of sizes) {
  test.describe(`study loop, ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.beforeEach(async ({ page }) => korean(page));

    test('문제 풀기 after answering starts a fresh attempt, not the graded one', async ({ page }) => {
      await page.goto(SEED);
      await page.getByRole('link', { name: '문제 풀기' }).first().click();
      await page.getByRole('radio', { name: /^C\./ }).check();
      await page.getByRole('button', { name: '채점', exact: true }).click();
      await expect(page.getByRole('button', { name: '결과 요약 보기' })).toBeVisible();
      // Leave without opening the summary, then come back through the note.
      await page.goto(SEED);
      await page.getByRole('link', { name: '문제 풀기' }).first().click();
      await expect(page.getByRole('radio', { name: /^C\./ })).not.toBeChecked();
      await expect(page.getByRole('button', { name: '채점', exact: true })).toBeVisible();
      await page.getByRole('radio', { name: /^B\./ }).check();
      await expect(page.getByRole('radio', { name: /^B\./ })).toBeChecked();
    });

    test('the right option is explained from the note’s key point, with a link to the section', async ({ page }) => {
      await page.goto('/practice?note=kms-sagemaker-s3-encryption');
      await page.getByRole('radio', { name: /^B\./ }).check();
      await page.getByRole('button', { name: '채점', exact: true }).click();
      const right = page.locator('.quiz-option.is-right');
      await expect(right.getByText('노트의 “핵심 포인트”에서')).toBeVisible();
      await expect(right).not.toContainText('노트에 해설이 없습니다');
      await right.getByRole('link', { name: '섹션 전체 보기' }).click();
      await expect(page).toHaveURL(/\/notes\/kms-sagemaker-s3-encryption#/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('KMS로 암호화된');
    });

    test('a note quiz over a tag session in progress asks first and can carry on where it was', async ({ page }) => {
      await page.goto('/practice?tag=service/sagemaker');
      // The first question may ask for one answer or several.
      await chooseAsAsked(page);
      await page.getByRole('button', { name: '채점', exact: true }).click();
      await page.getByRole('button', { name: '다음', exact: true }).click();
      await expect(page.locator('.quiz-question-heading')).toContainText('2번');

      await page.goto(SEED);
      await page.getByRole('link', { name: '문제 풀기' }).first().click();
      const ask = page.getByRole('alertdialog', { name: '진행 중인 연습이 있습니다' });
      await expect(ask).toContainText('태그 service/sagemaker');
      await ask.getByRole('link', { name: /이어서 풀기/ }).click();
      await expect(page.locator('.quiz-question-heading')).toContainText('2번');

      await page.goto(SEED);
      await page.getByRole('link', { name: '문제 풀기' }).first().click();
      await page.getByRole('link', { name: '이 연습 시작하기' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('KMS로 암호화된');
      await expect(page.locator('.quiz-question-heading')).toHaveText('1문제 중 1번');
    });
  });
}
