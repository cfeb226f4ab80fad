import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { settle, untilHydrated, watchHydration } from './support/hydration.ts';
import { axeFindsNothing, JOURNEY_SIZES } from './support/journey.ts';
import { untilServiceWorkerControls } from './support/service-worker';

// e2e/fixtures/obsidian-vault/notes/remote-image.md: two images from a host that does not exist, which every
// test serves itself (page.route), counting what the browser asked it.
const NOTE = '/notes/remote-image';
const HOST = 'https://images.remote-host.test';
const LAKE = { url: `${HOST}/lake.png`, alt: 'Data lake architecture' };
const STREAM = { url: `${HOST}/stream.png`, alt: 'Stream layout' };
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="#3b7dd8"/><circle cx="320" cy="180" r="120" fill="#f2c94c"/></svg>';
const WORDS = {
  en: { group: 'Remote images', show: 'Show', off: "Don't load", load: 'Load image' },
  ko: { group: '외부 이미지', show: '보이기', off: '불러오지 않기', load: '이미지 불러오기' },
} as const;
type Language = keyof typeof WORDS;

/** The reader's settings, written once: what the page saves later (a choice on Settings) is left alone. */
async function seed(page: Page, language: Language, theme: 'light' | 'dark' = 'light', remoteImages?: 'off') {
  await page.addInitScript(([lang, th, images]) => {
    if (localStorage.getItem('examflow-settings')) return;
    const state = { language: lang, theme: th, shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750, ...(images ? { remoteImages: images } : {}) };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  }, [language, theme, remoteImages] as const);
}

/** Serves the remote host (for the page, or for the whole context with its service worker) and lists what it was asked. */
async function serveRemote(target: Page | BrowserContext) {
  const asked: { url: string; referer: string | undefined }[] = [];
  await target.route(`${HOST}/**`, async (route) => {
    asked.push({ url: route.request().url(), referer: route.request().headers().referer });
    await route.fulfill({ contentType: 'image/svg+xml', body: PICTURE });
  });
  return asked;
}

// The button's name ends with its image's alt text (from a visually hidden span, read after a pause).
const loadButton = (page: Page, language: Language, alt: string) => page.getByRole('button', { name: new RegExp(`^${WORDS[language].load} ?: ${alt}$`) });
const image = (page: Page, alt: string) => page.locator('.note-body').getByRole('img', { name: alt, exact: true });

/** Waits until the image has arrived and is drawn, not only present. */
async function expectDrawn(picture: Locator) {
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

test.describe('with the page asking the host itself', () => {
  // The page's own requests, never a service worker's, so the route sees every one (and none leaves the machine).
  test.use({ serviceWorkers: 'block' });

  for (const size of JOURNEY_SIZES) {
    for (const language of ['en', 'ko'] as const) {
      const words = WORDS[language];
      test(`shown by default, sent with no referrer (${language}, ${size.width} px)`, async ({ page }) => {
        await page.setViewportSize(size);
        await seed(page, language);
        const asked = await serveRemote(page);
        await page.goto(NOTE);
        for (const { alt } of [LAKE, STREAM]) {
          await expectDrawn(image(page, alt));
          await expect(image(page, alt)).toHaveAttribute('referrerpolicy', 'no-referrer');
        }
        expect(asked.sort((a, b) => a.url.localeCompare(b.url))).toEqual([LAKE, STREAM].map(({ url }) => ({ url, referer: undefined })));
        await expect(page.locator('.remote-image-placeholder').first()).toBeHidden();
      });

      test(`"${words.off}" asks the host nothing, a button loads that one image, and the choice survives a reload (${language}, ${size.width} px)`, async ({ page }) => {
        await page.setViewportSize(size);
        await seed(page, language);
        const asked = await serveRemote(page);
        await page.goto('/settings');
        // The choice is the app's to save: a radio checked before the app runs changes only the page.
        await untilHydrated(page);
        const choice = page.getByRole('group', { name: words.group });
        await expect(choice.getByRole('radio', { name: words.show })).toBeChecked();
        await choice.getByRole('radio', { name: words.off }).check();

        await page.goto(NOTE);
        const holders = page.locator('.remote-image');
        // The app has decided (after hydration): from here a request could only come from the page itself.
        await expect(holders.first()).toHaveAttribute('data-state', 'off');
        await expect(holders.first()).toContainText(LAKE.alt);
        await expect(holders.first()).toContainText('images.remote-host.test');
        await expect(page.getByText('The last paragraph.')).toBeVisible();
        expect(asked).toEqual([]);

        // By keyboard: the image takes the button's place and the focus; the other image still waits.
        const load = loadButton(page, language, LAKE.alt);
        await load.focus();
        await page.keyboard.press('Enter');
        await expect(image(page, LAKE.alt)).toBeFocused();
        await expectDrawn(image(page, LAKE.alt));
        await expect(image(page, STREAM.alt)).toHaveCount(0);
        await expect(loadButton(page, language, STREAM.alt)).toBeVisible();
        expect(asked).toEqual([{ url: LAKE.url, referer: undefined }]);

        await page.reload();
        await expect(holders.first()).toHaveAttribute('data-state', 'off');
        await expect(page.getByRole('img', { name: LAKE.alt })).toHaveCount(0);
        expect(asked).toHaveLength(1);
        await page.goto('/settings');
        await expect(page.getByRole('group', { name: words.group }).getByRole('radio', { name: words.off })).toBeChecked();
      });
    }
  }

  // One page per test: two axe runs in one test ran past its budget when the machine was loaded.
  for (const theme of ['light', 'dark'] as const) {
    for (const path of ['/settings', NOTE]) {
      test(`axe finds nothing on ${path === NOTE ? 'a note with placeholders' : 'the setting'} (${theme})`, async ({ page }) => {
        await seed(page, theme === 'dark' ? 'ko' : 'en', theme, 'off');
        const asked = await serveRemote(page);
        await page.goto(path);
        if (path === NOTE) await expect(page.locator('.remote-image').first()).toHaveAttribute('data-state', 'off');
        else await expect(page.getByRole('group', { name: WORDS[theme === 'dark' ? 'ko' : 'en'].group }).getByRole('radio', { checked: true })).toBeVisible();
        await axeFindsNothing(page);
        expect(asked).toEqual([]);
      });
    }
  }

  for (const remoteImages of [undefined, 'off'] as const) {
    test(`the note hydrates with no layout shift and nothing removed (${remoteImages ?? 'show'})`, async ({ page }) => {
      await seed(page, 'en', 'light', remoteImages);
      await serveRemote(page);
      await watchHydration(page);
      const record = await settle(page, NOTE);
      if (!remoteImages) await expectDrawn(image(page, LAKE.alt));
      expect(await page.evaluate(() => (window as unknown as { hydration: { shift: number; removed: string[] } }).hydration)).toMatchObject({ shift: 0, removed: [] });
      expect(record.last.visible).toBe(true);
    });
  }

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false });

    test('the note shows its remote images, with no referrer, where the page keeps their box', async ({ page }) => {
      const asked = await serveRemote(page);
      await page.goto(NOTE);
      for (const { alt } of [LAKE, STREAM]) await expectDrawn(image(page, alt));
      await expect(page.locator('.remote-image-placeholder').first()).toBeHidden();
      const [box, picture] = await Promise.all([page.locator('.remote-image').first().boundingBox(), image(page, LAKE.alt).boundingBox()]);
      expect(picture).toEqual(box);
      expect(asked.map(({ referer }) => referer)).toEqual([undefined, undefined]);
    });
  });
});

test('a remote image once shown is kept by the service worker and drawn offline', async ({ page, context }) => {
  await seed(page, 'en');
  // Routed on the context: the service worker's own requests go through it too.
  await serveRemote(context);
  await page.goto(NOTE);
  await untilServiceWorkerControls(page);
  // The first load was before the worker took the tab; this one goes through it, which keeps a copy.
  await page.reload();
  for (const { alt } of [LAKE, STREAM]) await expectDrawn(image(page, alt));
  const cached = (url: string) => page.evaluate((u) => caches.open('examflow-remote-images').then((cache) => cache.match(u)).then(Boolean), url);
  await expect.poll(() => cached(LAKE.url)).toBe(true);
  await expect.poll(() => cached(STREAM.url)).toBe(true);
  // The control: one copy thrown away, so the test can tell the cache from anything else that might answer.
  await page.evaluate((u) => caches.open('examflow-remote-images').then((cache) => cache.delete(u)), STREAM.url);

  await context.unrouteAll();
  await context.route(`${HOST}/**`, (route) => route.abort('internetdisconnected'));
  await context.setOffline(true);
  try {
    const served = page.waitForResponse(LAKE.url);
    await page.reload();
    expect((await served).fromServiceWorker()).toBe(true);
    await expectDrawn(image(page, LAKE.alt));
    await expect.poll(() => image(page, STREAM.alt).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 0)).toBe(true);
  } finally {
    await context.setOffline(false);
  }
});
