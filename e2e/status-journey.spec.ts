import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseNote } from '../src/content/parse-note.ts';
import { axeFindsNothing, JOURNEY_SIZES as sizes, readInKorean } from './support/journey';

/** The ids the build gives a note's questions (progress on an id the build lacks would show nothing). */
const questionIdsOf = (file: string) => parseNote(readFileSync(file, 'utf8'), file).note.questions.map((question) => question.id);
const WRONG = questionIdsOf('content/kms-sagemaker-s3-encryption.md');
const FLAGGED = questionIdsOf('content/2026-11/2026-11-21/firehose-parquet-conversion-athena.md');
const KMS = 'KMS로 암호화된 S3 데이터를 SageMaker에서 접근하는 권한 설정';

/** The KMS note's question answered right, then wrong; the Firehose note's questions flagged. */
async function seed(page: Page) {
  await page.addInitScript(({ wrong, flagged }) => {
    if (localStorage.getItem('examflow-progress')) return;
    const at = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
    const attempts = wrong.flatMap((questionId, i) => [
      { id: `right-${i}`, questionId, noteSlug: 'kms-sagemaker-s3-encryption', at: at(2), chosen: ['C'], correct: true, seconds: 20, mode: 'practice' },
      { id: `wrong-${i}`, questionId, noteSlug: 'kms-sagemaker-s3-encryption', at: at(1), chosen: ['B'], correct: false, seconds: 20, mode: 'practice' },
    ]);
    const flags = Object.fromEntries(flagged.map((id) => [id, { flagged: true, at: at(1) }]));
    const state = { attempts, exams: [], flags, sessions: { practice: null, exam: null }, closedSessions: [], epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' } };
    localStorage.setItem('examflow-progress', JSON.stringify({ state, version: 2 }));
  }, { wrong: WRONG, flagged: FLAGGED });
}

for (const size of sizes) {
  test.describe(`question status, ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.beforeEach(async ({ page }) => {
      test.slow();
      await readInKorean(page);
      await seed(page);
    });

    test('the notes list shows each note’s status and filters by it, by tag and by folder, kept in the URL', async ({ page }) => {
      await page.goto('/notes');
      const kms = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: KMS }) });
      await expect(kms).toContainText('지난번 정답 0개, 오답 1개');

      const status = page.getByLabel('상태');
      await status.selectOption({ label: '지난번에 틀림' });
      await expect(page).toHaveURL(/\?status=wrong$/);
      await expect(page.getByRole('main').getByRole('status')).toHaveText(/^노트 \d+개 중 1개$/);
      await expect(page.getByRole('link', { name: KMS })).toBeVisible();

      await page.reload();
      await expect(status).toHaveValue('wrong');
      await expect(page.getByRole('main').getByRole('status')).toHaveText(/^노트 \d+개 중 1개$/);

      await status.selectOption({ label: '표시함' });
      await expect(page.getByRole('link', { name: /Firehose/ })).toBeVisible();
      await expect(page.getByRole('link', { name: KMS })).toHaveCount(0);
      await page.goBack();
      await expect(status).toHaveValue('wrong');
      await expect(page.getByRole('link', { name: KMS })).toBeVisible();

      await page.getByLabel('태그').selectOption('service/athena');
      await expect(page.getByText('조건에 맞는 노트가 없습니다.')).toBeVisible();
      await page.getByRole('button', { name: '조건 지우기' }).click();
      await expect(page).toHaveURL(/\/notes$/);

      // The radio follows the URL, which the router updates a moment after the click.
      await page.getByRole('radio', { name: '폴더' }).click();
      await expect(page.getByRole('radio', { name: '폴더' })).toBeChecked();
      await expect(page).toHaveURL(/\?view=folders$/);
      await expect(page.getByText('2026-11', { exact: true })).toBeVisible();
      await axeFindsNothing(page);
    });

    test('a note shows each question’s latest answer and tries', async ({ page }) => {
      await page.goto('/notes/kms-sagemaker-s3-encryption');
      await expect(page.getByText('지난번 오답 · 2번 중 1번 맞힘')).toBeVisible();
      await page.goto('/notes/firehose-parquet-conversion-athena');
      await expect(page.getByText(/^아직 안 풀었음 · ⚑ 표시함$/).first()).toBeVisible();
      await axeFindsNothing(page);
    });
  });
}
