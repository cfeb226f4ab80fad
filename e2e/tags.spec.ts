import { expect, test } from '@playwright/test';

const seedTitle = 'KMS로 암호화된 S3 데이터를 SageMaker에서 접근하는 권한 설정';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!localStorage.getItem('examflow-settings')) {
      const state = { language: 'en', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
      localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
    }
  });
});

test('the tag tree nests service/kms under service, with counts, and leads to the tag page', async ({ page }) => {
  await page.goto('/tags');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tags');
  const tree = page.getByRole('list', { name: 'All tags' });
  const service = tree.locator(':scope > li').filter({ has: page.getByRole('link', { name: 'service', exact: true }) });
  await expect(service).toContainText(/service \d+ notes/);
  const kms = service.getByRole('link', { name: 'kms', exact: true });
  await expect(kms).toHaveAttribute('href', '/tags/service/kms');
  await kms.click();
  await expect(page).toHaveURL(/\/tags\/service\/kms$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tag: service/kms');
  await expect(page.getByRole('region', { name: 'Notes' }).getByRole('link', { name: seedTitle })).toBeVisible();
});

test('a parent tag lists its narrower tags and the notes under all of them', async ({ page }) => {
  await page.goto('/tags/service');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tag: service');
  const narrower = page.getByRole('region', { name: 'Narrower tags' });
  for (const name of ['kms', 's3', 'sagemaker']) await expect(narrower.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notes' }).getByRole('link', { name: seedTitle })).toBeVisible();
  await page.getByRole('navigation', { name: 'Tag path' }).getByRole('link', { name: 'All tags' }).click();
  await expect(page).toHaveURL(/\/tags$/);
});

test('"Quiz this tag" opens practice for that tag', async ({ page }) => {
  await page.goto('/tags/service/kms');
  await page.getByRole('link', { name: 'Quiz this tag' }).click();
  await expect(page).toHaveURL(/\/practice\?tag=service%2Fkms$/);
  await expect(page.locator('#main h1')).toBeVisible();
  await expect(page.getByText(/Assign an IAM role to the Amazon SageMaker notebook/).first()).toBeVisible();
});

test('a tag on the note page leads to its tag page, and an unknown tag says so', async ({ page }) => {
  await page.goto('/notes/kms-sagemaker-s3-encryption');
  await page.getByRole('link', { name: 'security/encryption', exact: true }).click();
  await expect(page).toHaveURL(/\/tags\/security\/encryption$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tag: security/encryption');
  await page.goto('/tags/no/such/tag');
  await expect(page.locator('#main').getByRole('status')).toHaveText('No note has the tag “no/such/tag”.');
});
