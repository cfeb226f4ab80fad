import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startPreview } from '../src/cli/bench/preview-server';
import { untilServiceWorkerControls } from './support/service-worker';
import { untilHydrated } from './support/hydration';

// One visit installs the service worker, which precaches the app and every note's chunk; after that the
// network can go away. Each navigation below is a full page load, so it can only succeed from the cache.
const SEED_TITLE = 'KMS로 암호화된 S3 데이터를 SageMaker에서 접근하는 권한 설정';

/** Opens a URL with a full page load and checks the service worker, not the network, answered it. */
async function openFromCache(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.fromServiceWorker(), `${url} came from the service worker`).toBe(true);
}

const appRunning = (page: Page) => page.evaluate(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber')));

test('after one visit that only read the home page, the home page, notes and practice work with the network off', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // clientsClaim: the first install takes over this tab once precaching is done.
  await untilServiceWorkerControls(page);
  // Nothing was pressed, so the home page's app never ran: the page registered the worker itself.
  expect(await appRunning(page)).toBe(false);

  await context.setOffline(true);
  try {
    await openFromCache(page, '/');
    await expect(page.getByRole('link', { name: SEED_TITLE }).first()).toBeVisible();

    await openFromCache(page, '/notes/kms-sagemaker-s3-encryption');
    await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(SEED_TITLE);
    await expect(page.getByText('Assign an IAM role to the Amazon SageMaker notebook').first()).toBeVisible();

    // A note never opened online: its chunk was precached with all the others.
    await openFromCache(page, '/notes/firehose-parquet-conversion-athena');
    await expect(page.getByRole('heading', { level: 1 }).first()).not.toHaveText(/not found/i);
    await expect(page.locator('main')).toContainText(/Firehose/i);

    await openFromCache(page, '/practice?note=kms-sagemaker-s3-encryption');
    await expect(page.getByText('Assign an IAM role to the Amazon SageMaker notebook').first()).toBeVisible();

    // A reload of a deep link offline is answered by the navigation fallback (index.html).
    await page.reload();
    await expect(page.getByText('Assign an IAM role to the Amazon SageMaker notebook').first()).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});

test("a worker installed before the app ran is announced once the reader's first key starts the app", async ({ page }) => {
  await page.goto('/');
  await untilServiceWorkerControls(page);
  expect(await appRunning(page)).toBe(false);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('status').filter({ hasText: 'examflow is saved on this device and now works offline.' })).toBeAttached();
});

test('after one visit, search finds notes with the network off: the index files were precached', async ({ page, context }) => {
  await page.goto('/');
  await untilServiceWorkerControls(page);
  await context.setOffline(true);
  try {
    await openFromCache(page, '/');
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    // Never searched online: the worker's fetches of the head and the parts are answered from the precache.
    await untilHydrated(page);
  await page.locator('body').press('/');
    await page.getByRole('combobox').fill('Firehose Parquet');
    await expect(page.getByRole('option').first()).toContainText(/Firehose/i);
  } finally {
    await context.setOffline(false);
  }
});

test('without the service worker, the same offline navigation fails, so the test above can fail', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    // Wait for the worker first: unregistering before it registers would race with its install.
    await navigator.serviceWorker.ready;
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((registration) => registration.unregister()));
  });
  await context.setOffline(true);
  try {
    await expect(page.goto('/notes/kms-sagemaker-s3-encryption')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  } finally {
    await context.setOffline(false);
  }
});

// The config's six servers (app, subpath, hostile, obsidian, packs, big) take E2E_PORT to E2E_PORT + 5:
// the private copy below stays clear of all of them (at 4177 it met the packs project's server).
const UPDATE_PORT = Number(process.env.E2E_PORT ?? 4173) + 9;

test('a new deployment is announced, and the page switches only when the reader presses Reload', async ({ page }) => {
  // A private copy of the built site on its own port, so the test can deploy a "new version" into it.
  const site = await mkdtemp(path.join(os.tmpdir(), 'examflow-update-'));
  await cp('dist', site, { recursive: true });
  const server = await startPreview(site, UPDATE_PORT);
  try {
    await page.goto(`${server.origin}/`);
    // The reader's first intent starts the home page's app, whose prompt announces updates.
    await untilHydrated(page);
    await untilServiceWorkerControls(page);

    // The next deployment: a service worker that differs by one byte is a new version to the browser.
    await appendFile(path.join(site, 'sw.js'), '\n// next deployment\n');
    await page.evaluate(() => {
      (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
      return navigator.serviceWorker.getRegistration().then((registration) => registration?.update());
    });
    const notice = page.getByRole('status').filter({ hasText: 'A new version of examflow is available' });
    await expect(notice).toBeVisible();
    await page.getByRole('button', { name: 'Later' }).click();
    await expect(notice).toBeHidden();
    // Later keeps this page on the old version: nothing reloaded it.
    expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true);

    // The new version still waits, so the next visit asks again; Reload then switches and reloads once.
    await page.reload();
    await expect(notice).toBeVisible();
    await page.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));
    await page.getByRole('button', { name: 'Reload' }).click();
    // An evaluate that the reload interrupts throws; treat it as "not reloaded yet" and poll again.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload).catch(() => 'navigating'))
      .toBeUndefined();
    await expect(notice).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r?.waiting))).toBe(true);
  } finally {
    await server.stop();
    await rm(site, { recursive: true, force: true });
  }
});
