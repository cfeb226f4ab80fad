import { expect, test } from '@playwright/test';
import { untilHydrated } from './support/hydration';

test('corrupt saved progress never blanks the app: it says so and keeps the data for download', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('examflow-progress', '{"state": {"attempts": [ broken');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const notice = page.getByRole('alert').filter({ hasText: 'Saved progress problem' });
  await expect(notice).toBeVisible();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the original data' }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(text).toString()).toContain('broken');
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('examflow-progress.backup-')));
  expect(backups).toHaveLength(1);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await page.getByRole('link', { name: /KMS로 암호화된/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('KMS');
});

test('a wrong-shaped value is salvaged and reported, not trusted', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('examflow-progress', JSON.stringify({ state: { attempts: 'nope', exams: 42 }, version: 2 }));
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Saved progress problem' })).toBeVisible();
});

test('corrupt settings fall back to defaults without a crash', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('examflow-settings', '}{ not json'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your exam notes');
});

test('an unreadable value too large to copy beside itself moves to IndexedDB and can still be downloaded after a reload', async ({ page }) => {
  const size = 2_700_000;
  await page.addInitScript((length) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('examflow-settings', JSON.stringify({ state: { language: 'en' }, version: 1 }));
      localStorage.setItem('examflow-progress', `{"state":${'x'.repeat(length)}`);
      sessionStorage.setItem('seeded', '1');
    }
  }, size);
  await page.goto('/');
  const notice = page.getByRole('alert').filter({ hasText: 'Saved progress problem' });
  await expect(notice).toContainText('A copy was kept in this browser');
  await page.reload();
  await page.goto('/settings');
  await untilHydrated(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Download the backup from/ }).click();
  const chunks = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(chunks).toString();
  expect(text).toHaveLength(size + '{"state":'.length);
  expect(text.startsWith('{"state":xxx')).toBe(true);
});
