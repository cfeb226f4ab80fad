import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parseNote } from '../src/content/parse-note.ts';
import { collectScripts } from './support/fetched-scripts';
import { untilHydrated } from './support/hydration';
import { axeFindsNothing, JOURNEY_SIZES as sizes, readInKorean } from './support/journey';

/** The notes of content/ tagged service/sagemaker, as the tag page lists them (by title). */
const SAGEMAKER = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md'))
  .map((file) => parseNote(readFileSync(`content/${file}`, 'utf8'), file).note)
  .filter((note) => note.tags.includes('service/sagemaker'));
const SEED = '/notes/kms-sagemaker-s3-encryption';

for (const size of sizes) {
  test.describe(`reading aids in Korean, ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    // Each journey walks several pages and runs axe on one: more than the default budget on a loaded machine.
    test.slow();
    test.beforeEach(async ({ page }) => readInKorean(page));

    test('the outline jumps to a heading: folded above the note on a phone, beside it on a desktop', async ({ page }) => {
      await page.goto(SEED);
      const folded = page.getByRole('navigation', { name: '이 노트의 목차', exact: true });
      const beside = page.getByRole('navigation', { name: '목차', exact: true });
      if (size.width < 1100) {
        await expect(beside).toHaveCount(0);
        await expect(folded.getByRole('link', { name: '권한 유형 비교' })).toBeHidden();
        await folded.getByText('목차', { exact: true }).click();
      } else {
        await expect(folded).toHaveCount(0);
        await expect(beside).toBeVisible();
      }
      const outline = size.width < 1100 ? folded : beside;
      await outline.getByRole('link', { name: '권한 유형 비교' }).click();
      await expect(page).toHaveURL(/#%EA%B6%8C%ED%95%9C-%EC%9C%A0%ED%98%95-%EB%B9%84%EA%B5%90$/);
      await expect(page.getByRole('heading', { name: '권한 유형 비교' })).toBeInViewport();
      await axeFindsNothing(page);
    });

    test('previous and next walk the tag the reader came from, and a reload keeps the list', async ({ page }) => {
      expect(SAGEMAKER.length).toBeGreaterThan(2);
      await page.goto('/tags/service/sagemaker');
      await page.getByRole('region', { name: '노트' }).getByRole('link').first().click();
      await expect(page).toHaveURL(/\?in=tag%3Aservice%2Fsagemaker$/);
      const neighbours = page.getByRole('navigation', { name: '이전 노트와 다음 노트' });
      await expect(neighbours).toContainText(`태그 service/sagemaker: ${SAGEMAKER.length}개 중 1번째 노트`);
      await expect(neighbours.getByRole('link', { name: /이전/ })).toHaveCount(0);
      await neighbours.getByRole('link', { name: /다음/ }).click();
      await expect(neighbours).toContainText(`태그 service/sagemaker: ${SAGEMAKER.length}개 중 2번째 노트`);
      await page.reload();
      await expect(neighbours).toContainText(`태그 service/sagemaker: ${SAGEMAKER.length}개 중 2번째 노트`);
      await neighbours.getByRole('link', { name: /이전/ }).click();
      await expect(neighbours).toContainText('1번째 노트');
      await axeFindsNothing(page);
    });

    test('search results are a list too; a note opened on its own walks all notes by title', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: '노트 검색' }).click();
      const input = page.getByRole('combobox', { name: '노트 검색' });
      // The particle after the quoted query fits its last sound: 와 after a vowel, 과 after a consonant.
      for (const [query, particle] of [['zzqx', '와'], ['뷁뷁', '과']] as const) {
        await input.fill(query);
        await expect(page.getByRole('status').filter({ hasText: '일치하는' })).toHaveText(`“${query}”${particle} 일치하는 노트가 없습니다.`);
      }
      await input.fill('SageMaker');
      await expect(page.getByRole('option').first()).toBeVisible();
      await input.press('Enter');
      await expect(page).toHaveURL(/\?in=search%3ASageMaker$/);
      await expect(page.getByRole('navigation', { name: '이전 노트와 다음 노트' })).toContainText('“SageMaker” 검색 결과: ');
      await page.goto(SEED);
      await expect(page.getByRole('navigation', { name: '이전 노트와 다음 노트' })).toContainText(/^제목순 전체 노트: \d+개 중 \d+번째 노트/);
    });

    test('a note that does not exist says so, in the tab too', async ({ page }) => {
      await page.goto('/notes/없는-노트');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('노트를 찾을 수 없습니다');
      await expect(page).toHaveTitle('노트를 찾을 수 없습니다 · examflow');
      await axeFindsNothing(page);
    });
  });
}

test("a note page opened from no list fetches none of the reading list's code, and shows the default order's neighbours", async ({ page }) => {
  const scripts = collectScripts(page);
  await page.goto(SEED);
  await untilHydrated(page);
  await page.waitForLoadState('networkidle');
  // The reading list's storage key is named in its code alone.
  expect((await scripts.bodies()).filter((body) => body.includes('examflow-reading-list'))).toEqual([]);
  await expect(page.getByRole('navigation', { name: 'Previous and next note' }).getByText(/in all notes, by title$/)).toBeVisible();
});
