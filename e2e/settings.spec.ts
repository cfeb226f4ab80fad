import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { untilHydrated } from './support/hydration';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (localStorage.getItem('examflow-settings')) return;
    const state = { language: 'en', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
});

/** Opens the settings page once its app runs: its controls are pre-rendered before they work. */
async function openSettings(page: Page) {
  await page.goto('/settings');
  await untilHydrated(page);
}

async function answerSeedWrong(page: Page) {
  await page.goto('/practice?note=kms-sagemaker-s3-encryption');
  await page.getByRole('radio', { name: /^B\./ }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Incorrect' })).toBeVisible();
}

/** Chooses a file through the Import button, as a person does. */
async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a progress file' }).click()]);
  await chooser.setFiles(file);
}

/** Clicks Export and returns the downloaded file, parsed, and its path. */
async function exportProgress(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^examflow-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  return { path, file: JSON.parse(await readFile(path, 'utf8')) };
}

test('export, reset, import: the history comes back exactly', async ({ page }) => {
  await answerSeedWrong(page);
  await openSettings(page);
  await expect(page.getByText('Saved in this browser: answers 1, exams 0.')).toBeVisible();
  const before = await exportProgress(page);
  expect(before.file).toMatchObject({ app: 'examflow', kind: 'progress' });
  expect(before.file.attempts).toHaveLength(1);

  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all progress?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('All progress was deleted.')).toBeVisible();
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No answers yet.' })).toBeVisible();

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await importFile(page, before.path);
  const preview = page.getByRole('region', { name: 'This file holds' });
  await expect(preview.getByRole('definition').first()).toHaveText('1');
  await preview.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(page.getByText('Imported. Saved now: answers 1, exams 0.')).toBeVisible();

  const after = await exportProgress(page);
  const { exportedAt: _a, ...restored } = after.file;
  const { exportedAt: _b, ...original } = before.file;
  expect(restored).toEqual(original);
});

test('a file that is not progress is refused and changes nothing', async ({ page }) => {
  await answerSeedWrong(page);
  await openSettings(page);
  await importFile(page, { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.getByRole('alert')).toHaveText('This is not an examflow progress file. Nothing was changed.');
  await importFile(page, { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(page.getByRole('alert')).toHaveText('This file is not a progress file: it is not JSON. Nothing was changed.');
  await expect(page.getByText('Saved in this browser: answers 1, exams 0.')).toBeVisible();
});

test('exam fields refuse values out of range and keep the last valid one', async ({ page }) => {
  await openSettings(page);
  const passMark = page.getByRole('spinbutton', { name: 'Pass mark (100–1000)' });
  await passMark.fill('720');
  await passMark.fill('50');
  await expect(passMark).toHaveAttribute('aria-invalid', 'true');
  await expect(passMark).toHaveAccessibleDescription('Enter a whole number from 100 to 1000.');
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: 'Pass mark (100–1000)' })).toHaveValue('720');
});

test('switching the language to Korean changes the interface', async ({ page }) => {
  await openSettings(page);
  await page.getByRole('radio', { name: '한국어' }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('설정');
  await expect(page.getByRole('link', { name: '복습' })).toBeVisible();
  await expect(page.getByRole('button', { name: '학습 기록 내보내기' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('설정');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('unreadable saved progress is kept as a backup to download, then delete', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('corrupted')) return;
    sessionStorage.setItem('corrupted', 'yes');
    localStorage.setItem('examflow-progress', '{"state": {"attempts": [tru');
  });
  await openSettings(page);
  const backups = page.getByRole('region', { name: 'Unreadable data kept as backups' });
  await expect(backups.getByRole('listitem')).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), backups.getByRole('button', { name: /^Download the backup from / }).click()]);
  expect(download.suggestedFilename()).toMatch(/^examflow-progress\.backup-.+\.json$/);
  expect(await readFile(await download.path(), 'utf8')).toBe('{"state": {"attempts": [tru');

  // Still listed after a reload: the list reads storage, not the problem reported at start-up.
  await page.reload();
  await expect(backups.getByRole('listitem')).toHaveCount(1);
  page.once('dialog', (dialog) => void dialog.accept());
  await backups.getByRole('button', { name: /^Delete the backup from / }).click();
  await expect(backups).toBeHidden();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('.backup-')))).toEqual([]);
});
