import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseNote } from '../src/content/parse-note.ts';
import { axeFindsNothing, JOURNEY_SIZES as sizes, readInKorean } from './support/journey';

const SEED_FILE = 'content/kms-sagemaker-s3-encryption.md';
const SEED_ID = parseNote(readFileSync(SEED_FILE, 'utf8'), SEED_FILE).note.questions[0]!.id;

/** Three answers to the seed note's one question today: wrong, wrong, then right. */
async function seedThreeAnswers(page: Page) {
  await page.addInitScript((questionId) => {
    if (localStorage.getItem('examflow-progress')) return;
    const attempts = [3, 2, 1].map((hours, i) => ({
      id: `seed-${i}`, questionId, noteSlug: 'kms-sagemaker-s3-encryption', at: new Date(Date.now() - hours * 60_000).toISOString(),
      chosen: [i === 2 ? 'C' : 'B'], correct: i === 2, seconds: 20, mode: 'practice',
    }));
    const state = { attempts, exams: [], flags: {}, sessions: { practice: null, exam: null }, closedSessions: [], epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' } };
    localStorage.setItem('examflow-progress', JSON.stringify({ state, version: 3 }));
  }, SEED_ID);
}

for (const size of sizes) {
  test.describe(`the smaller items of the study loop, ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.beforeEach(async ({ page }) => {
      // Several pages and axe runs per test: on a shared, loaded machine that outlasts the default.
      test.slow();
      await readInKorean(page);
    });

    test('Progress counts a tag by its questions, not its answers, and the day chart labels sit under their bars', async ({ page }) => {
      await seedThreeAnswers(page);
      await page.goto('/progress');
      // One question answered three times is one question of its tag, last answered right.
      const tags = page.getByRole('figure').filter({ has: page.getByRole('heading', { name: /태그별 정답률/ }) });
      await expect(tags.getByText('100% (1문제 중 1문제)').first()).toBeVisible();
      await expect(page.getByText(/[23]문제 중/)).toHaveCount(0);

      const days = page.getByRole('figure').filter({ has: page.getByRole('heading', { name: /하루에 푼 문제/ }) });
      await expect(days.locator('text.chart-label').first()).toBeVisible();
      const misplaced = await days.locator('svg g').evaluateAll((groups) => groups.flatMap((group) => {
        const label = group.querySelector('text.chart-label');
        const bar = group.querySelector('rect.chart-bar');
        if (!label || !bar) return [];
        const [l, b] = [label.getBoundingClientRect(), bar.getBoundingClientRect()];
        const centre = l.left + l.width / 2;
        return centre >= b.left && centre <= b.right ? [] : [`${label.textContent}: label at ${centre}, bar ${b.left}–${b.right}`];
      }));
      expect(misplaced).toEqual([]);
      await axeFindsNothing(page);
    });

    test('the flow steps back as well as forward, and search reads a particle and shows no Markdown', async ({ page }) => {
      await page.goto('/notes/kms-sagemaker-s3-encryption');
      const flow = page.getByRole('figure', { name: /^아키텍처 플로우/ }).first();
      await flow.getByRole('button', { name: '단계별로 보기' }).click();
      await expect(flow.getByText('9단계 중 1단계', { exact: true })).toBeVisible();
      await flow.getByRole('button', { name: '다음 단계' }).click();
      await expect(flow.getByText('9단계 중 2단계', { exact: true })).toBeVisible();
      await flow.getByRole('button', { name: '이전 단계' }).click();
      await expect(flow.getByText('9단계 중 1단계', { exact: true })).toBeVisible();

      // The note writes "**서비스 연동**과"; the reader types the phrase with another particle.
      await page.getByRole('button', { name: '노트 검색' }).click();
      const input = page.getByRole('combobox', { name: '노트 검색' });
      await input.fill('서비스 연동을');
      const option = page.getByRole('option', { name: /KMS로 암호화된 S3 데이터를/ });
      await expect(option).toBeVisible();
      await expect(option).not.toContainText('**');
      await axeFindsNothing(page);
    });
  });
}
