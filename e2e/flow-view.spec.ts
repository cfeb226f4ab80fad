import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { shownFlow } from './support/flow';

// The seed note, and the widest flow of content/ (eleven boxes in one row).
const SEED = 'kms-sagemaker-s3-encryption';
const WIDE = 'sagemaker-pipelines-model-registry-promotion';

async function settle(page: Page, language: 'en' | 'ko' = 'en') {
  await page.addInitScript((lang) => {
    const state = { language: lang, theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  }, language);
}

/** The smallest label of a drawn flow, in CSS pixels on screen (font size times any scaling of the SVG). */
function smallestLabel(figure: Locator): Promise<number> {
  return figure.locator('svg.flow-svg').evaluate((svg) =>
    Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1))),
  );
}


const scale = (page: Page) => page.getByRole('status', { name: 'Zoom' });

test.use({ viewport: { width: 390, height: 844 } });
test.beforeEach(async ({ page }) => settle(page));

for (const slug of [SEED, WIDE]) {
  test(`${slug}: every label at least 12 px on a phone, and the frame scrolls to the rest with a hint`, async ({ page }) => {
    await page.goto(`/notes/${slug}`);
    const figure = await shownFlow(page);
    const canvas = figure.locator('.flow-canvas');
    await expect(canvas.locator('svg.flow-svg')).toBeVisible();
    await expect(figure.getByRole('button', { name: 'Full screen' })).toBeEnabled();
    expect(await smallestLabel(figure)).toBeGreaterThanOrEqual(12);
    expect(await canvas.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const hint = figure.locator('[data-scroll-hint]');
    await expect(hint).toBeVisible();
    // A desktop browser has a fine pointer that hovers: the keyboard hint shows, the touch hint does not.
    await expect(hint.locator('.flow-hint-keys')).toBeVisible();
    await expect(hint.locator('.flow-hint-touch')).toBeHidden();
    await expect(figure.locator('.flow-frame')).toHaveClass(/flow-fade-end/);
    // The last box is reachable: scroll the frame to its end and it is on screen, whole.
    await canvas.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(figure.locator('.flow-frame')).toHaveClass(/flow-fade-start/);
    await expect(figure.locator('.flow-frame')).not.toHaveClass(/flow-fade-end/);
    const last = figure.locator('[data-node]').last();
    const box = await last.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  });
}

test('full screen by keyboard: opens from its button, + − 0 and arrows steer, Tab stays inside, Esc closes and focus returns', async ({ page }) => {
  await page.goto(`/notes/${WIDE}`);
  const opener = (await shownFlow(page)).getByRole('button', { name: 'Full screen' });
  await expect(opener).toBeEnabled();
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Architecture flow/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'The flow, to pan and zoom' })).toBeFocused();
  await expect(dialog.locator('.flow-hint-keys')).toBeVisible();
  await expect(scale(page)).toHaveText('100%');
  await page.keyboard.press('+');
  await expect(scale(page)).toHaveText('125%');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(scale(page)).toHaveText('75%');
  await page.keyboard.press('0');
  await expect(scale(page)).toHaveText('100%');
  const stage = dialog.locator('.flow-fs-stage');
  const before = await stage.evaluate((el) => el.style.transform);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => stage.evaluate((el) => el.style.transform)).not.toBe(before);
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('full screen by mouse: the wheel zooms and a drag pans', async ({ page }) => {
  await page.goto(`/notes/${WIDE}`);
  await (await shownFlow(page)).getByRole('button', { name: 'Full screen' }).click();
  const viewport = page.locator('.flow-fs-viewport');
  const area = await viewport.boundingBox();
  if (!area) throw new Error('no viewport');
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
  await page.mouse.wheel(0, -300);
  await expect(scale(page)).not.toHaveText('100%');
  const stage = page.locator('.flow-fs-stage');
  const before = await stage.evaluate((el) => el.style.transform);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width / 2 - 120, area.y + area.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => stage.evaluate((el) => el.style.transform)).not.toBe(before);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('axe finds nothing in the full-screen view (Korean)', async ({ page }) => {
  await settle(page, 'ko');
  await page.goto(`/notes/${WIDE}`);
  const figure = page.locator('figure.flow-diagram').first();
  await expect(async () => {
    await figure.evaluate((el) => el.scrollIntoView());
    await expect(figure.getByRole('button', { name: '전체 화면' })).toBeEnabled({ timeout: 2000 });
  }).toPass();
  await figure.getByRole('button', { name: '전체 화면' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.flow-full-screen').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true });

  test('the touch hint shows; full screen opens by a tap, pinches to zoom, and closes by a tap', async ({ page }) => {
    await page.goto(`/notes/${WIDE}`);
    const figure = await shownFlow(page);
    await expect(figure.locator('[data-scroll-hint] .flow-hint-touch')).toBeVisible();
    await expect(figure.locator('[data-scroll-hint] .flow-hint-keys')).toBeHidden();
    await figure.getByRole('button', { name: 'Full screen' }).tap();
    const dialog = page.getByRole('dialog', { name: /^Architecture flow/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.flow-hint-touch')).toBeVisible();
    const area = await dialog.locator('.flow-fs-viewport').boundingBox();
    if (!area) throw new Error('no viewport');
    // Two fingers move apart from the middle of the view: a pinch out.
    const cdp = await page.context().newCDPSession(page);
    const [cx, cy] = [area.x + area.width / 2, area.y + area.height / 2];
    const fingers = (d: number) => [{ x: cx - d, y: cy, id: 0 }, { x: cx + d, y: cy, id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
    for (const d of [40, 60, 80, 100]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(d) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(scale(page)).not.toHaveText('100%');
    await dialog.getByRole('button', { name: 'Close' }).tap();
    await expect(dialog).toBeHidden();
  });
});

test('on the seed note, options B and C light different boxes, and the panel names them', async ({ page }) => {
  await page.goto(`/practice?note=${SEED}`);
  const panel = page.getByRole('complementary', { name: 'Architecture flow' });
  const litBoxes = () => panel.locator('[data-node].is-highlighted').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
  await page.getByRole('radio', { name: /^B\./ }).check();
  await expect(panel.locator('[data-flow-lit]')).toContainText('Lit by this answer');
  const b = await litBoxes();
  await page.getByRole('radio', { name: /^C\./ }).check();
  await expect.poll(litBoxes).not.toEqual(b);
  const c = await litBoxes();
  expect(b.length).toBeGreaterThan(0);
  expect(c.length).toBeGreaterThan(0);
  expect(c.filter((label) => !b.includes(label)).length + b.filter((label) => !c.includes(label)).length).toBeGreaterThan(0);
  await expect(panel.locator('[data-flow-lit]')).toContainText(/IAM Role Policy/);
  expect(await smallestLabel(panel)).toBeGreaterThanOrEqual(12);
});
