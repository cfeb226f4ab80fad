import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { firstFlow, shownFlow } from './support/flow';

const seedNodes = [
  'ML Specialist', 'S3 Bucket (KMS 암호화)', 'SageMaker Notebook',
  '데이터 업로드', '암호화 저장', 'IAM Role + KMS 권한',
  'KMS Key Policy', 'IAM Role Policy', 'SageMaker Execution Role',
];

test('the seed note draws its flow: 9 boxes, 10 arrows, said in words too', async ({ page }) => {
  await page.goto('/notes/kms-sagemaker-s3-encryption');
  const figure = firstFlow(page);
  for (const name of seedNodes) await expect(figure.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(figure.locator('[data-node]')).toHaveCount(9);
  await expect(figure.locator('[data-edge]')).toHaveCount(10);
  await expect(figure.getByRole('list', { name: 'The flow in words' }).getByRole('listitem')).toHaveCount(10);
});

test('focusing S3 Bucket (KMS 암호화) lights its edges; arrow keys follow the arrows', async ({ page }) => {
  await page.goto('/notes/kms-sagemaker-s3-encryption');
  const figure = await shownFlow(page, 'Step through');
  const s3 = figure.getByRole('button', { name: 'S3 Bucket (KMS 암호화)', exact: true });
  await s3.focus();
  // In from ML Specialist, out to SageMaker Notebook and 암호화 저장.
  await expect(figure.locator('[data-edge].is-lit')).toHaveCount(3);
  await expect(figure.getByText('Comes from: ML Specialist. Goes to: SageMaker Notebook, 암호화 저장.')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(figure.getByRole('button', { name: 'SageMaker Notebook', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(figure.getByRole('button', { name: 'SageMaker Notebook', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('step through and show source work from the keyboard', async ({ page }) => {
  await page.goto('/notes/kms-sagemaker-s3-encryption');
  const figure = await shownFlow(page, 'Step through');
  await figure.getByRole('button', { name: 'Step through' }).click();
  await expect(figure.getByText('Step 1 of 9', { exact: true })).toBeVisible();
  await expect(figure.getByRole('button', { name: 'ML Specialist', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await figure.getByRole('button', { name: 'Show source' }).press('Enter');
  await expect(figure.locator('pre')).toContainText('KMS Key Policy ← IAM Role Policy ← SageMaker Execution Role');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the diagram (${theme}, phone width)`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript((th) => {
      const state = { language: 'en', theme: th, shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
      localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
    }, theme);
    await page.goto('/notes/kms-sagemaker-s3-encryption');
    await (await shownFlow(page, 'Step through')).getByRole('button', { name: 'S3 Bucket (KMS 암호화)', exact: true }).click();
    const results = await new AxeBuilder({ page }).include('.flow-diagram').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
