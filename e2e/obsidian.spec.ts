import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { holdAppScripts } from './support/hold-app-scripts';
import { untilHydrated } from './support/hydration';
import { collectScripts } from './support/fetched-scripts.ts';

/** e2e/fixtures/obsidian-vault: notes written in all of Obsidian's syntax, built on their own. */
const SYNTAX = '/notes/obsidian-syntax';
const KOREAN = `/notes/${encodeURIComponent('옵시디언-문법')}`;

async function settle(page: Page, language: 'en' | 'ko', theme: 'light' | 'dark' = 'light') {
  await page.addInitScript(
    ([lang, th]) => {
      const state = { language: lang, theme: th, shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
      localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
    },
    [language, theme],
  );
}

/** Collects console errors (a CSP violation is one) and every script the page requested. */
function watch(page: Page) {
  const errors: string[] = [];
  const scripts: string[] = [];
  const styles: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
    if (request.resourceType() === 'stylesheet') styles.push(request.url());
  });
  const fetched = collectScripts(page);
  // Chunk names can mislead (a shared chunk may be named after any module in it): look at the code.
  const typesetterLoaded = async () => (await fetched.bodies()).some((code) => code.includes('KaTeX parse error'));
  return { errors, scripts, styles, typesetterLoaded };
}

test.beforeEach(async ({ page }) => settle(page, 'en'));

test('callouts, highlights, comments, breaks, tasks and footnotes show as Obsidian shows them', async ({ page }) => {
  const seen = watch(page);
  await page.goto(SYNTAX);
  const body = page.locator('.note-body');
  await expect(body.locator('[data-callout-kind="note"] [data-callout-title]').first()).toHaveText('Note');
  await expect(body.locator('[data-callout-kind="tip"] [data-callout-title]')).toHaveText('Remember this');
  await expect(body.locator('[data-callout-kind="abstract"] [data-callout-title]')).toHaveText('Tldr');
  const folded = body.locator('details[data-callout]', { hasText: 'Folded question' });
  await expect(folded).not.toHaveAttribute('open');
  await expect(folded.getByText('Hidden until opened.')).toBeHidden();
  await folded.locator('summary').click();
  await expect(folded.getByText('Hidden until opened.')).toBeVisible();
  const open = body.locator('details[data-callout]', { hasText: 'Open by default' });
  await expect(open).toHaveAttribute('open', '');
  await expect(open.locator('[data-callout-kind="example"]')).toContainText('A callout inside a callout.');

  await expect(body.locator('mark').first()).toHaveText('highlighted text');
  await expect(body.locator('mark strong')).toHaveText('bold inside a highlight');
  await expect(body).not.toContainText('hidden inline comment');
  await expect(body).not.toContainText('A block comment');
  await expect(body).not.toContainText('%%');
  await expect(body.locator('p', { hasText: 'This is' }).locator('br')).toHaveCount(2);
  await expect(body).not.toContainText('^key-point');
  await expect(body.locator('[id="^key-point"]')).toContainText('A paragraph with a block id.');

  await expect(body.getByRole('checkbox', { name: 'An open task' })).not.toBeChecked();
  await expect(body.getByRole('checkbox')).toHaveCount(2);
  await expect(body.getByRole('checkbox').nth(1)).toBeChecked();
  await body.locator('sup a').first().click();
  await expect(page.getByText('The footnote text.')).toBeInViewport();
  expect(seen.errors).toEqual([]);
});

test('inline tags are tag links merged with the frontmatter tags; code, numbers and URLs are not tags', async ({ page }) => {
  await page.goto(SYNTAX);
  const body = page.locator('.note-body');
  await expect(body.locator('a.tag')).toHaveText(['#syntax/tour', '#study']);
  await expect(body.locator('code', { hasText: '#not-a-tag' })).toBeVisible();
  await expect(body).toContainText('a number #42');
  await expect(page.locator('.note-header, header').first()).toBeVisible();
  for (const tag of ['obsidian/reading', 'syntax/tour', 'study']) {
    await expect(page.locator('#main').getByRole('link', { name: tag, exact: true }).first()).toBeVisible();
  }
  await body.locator('a.tag', { hasText: '#study' }).click();
  await expect(page).toHaveURL(/\/tags\/study$/);
  await expect(page.locator('#main')).toContainText('Obsidian syntax tour');
});

test('math is typeset at build time by KaTeX into MathML, and prices stay text', async ({ page }) => {
  const seen = watch(page);
  await page.goto(SYNTAX);
  const body = page.locator('.note-body');
  await expect(body.locator('math')).toHaveCount(2);
  await expect(body.locator('math[display="block"]')).toHaveCount(1);
  await expect(body.locator('math annotation').first()).toHaveText('e^{i\\pi} + 1 = 0');
  await expect(body).toContainText('a price of $5 or $10 that stays text');
  // MathML is laid out by the browser: no stylesheet, no fonts, no style attributes for the CSP to refuse.
  expect(seen.styles.filter((url) => /katex/i.test(url))).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('code is coloured by language with a working copy button, and the diagram arrives drawn', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const seen = watch(page);
  await page.goto(SYNTAX);
  // The copy button is the app's: it answers once the app runs (it starts after the first contentful paint).
  await untilHydrated(page);
  const block = page.locator('.code-block[data-language="python"]');
  await expect(block.locator('.hljs-keyword').first()).toHaveText('def');
  const copy = block.getByRole('button', { name: 'Copy' });
  await copy.click();
  await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('def greet(name: str) -> str:');
  // Drawn at build time: an image named by its labels, and no Mermaid in the browser.
  const diagram = page.getByRole('img', { name: 'Client, Gateway, Service' });
  await expect(diagram).toBeVisible();
  await expect(diagram).toContainText('Gateway');
  expect(seen.scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('a Copy button pressed before the app has started copies at once, and the app answers the next press', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const scripts = await holdAppScripts(page);
  await page.goto(SYNTAX, { waitUntil: 'commit' });
  await scripts.firstAsked;
  const block = page.locator('.code-block[data-language="python"]');
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('def greet(name: str) -> str:');

  await scripts.release();
  await untilHydrated(page);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await expect(block.getByRole('button', { name: 'Copy' })).toBeVisible();
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('def greet(name: str) -> str:');
});

for (const [language, theme] of [['en', 'light'], ['ko', 'dark']] as const) {
  test(`a pie chart and an xychart are drawn at build time; a gantt shows its source with a notice (${language}, ${theme})`, async ({ page }) => {
    await settle(page, language, theme);
    const seen = watch(page);
    await page.goto('/notes/chart-kinds');
    const body = page.locator('.note-body');
    // The legend and the accessible name carry every slice's label and share, so no one needs the colours.
    const pie = body.getByRole('img', { name: '서비스별 비용: Amazon S3 42%, AWS Glue 18%, Amazon Athena 40%' });
    await expect(pie).toBeVisible();
    await expect(pie.locator('.pie-slice')).toHaveCount(3);
    // The slices take the theme's palette from the stylesheet (the SVG has no colour of its own).
    const fill = await pie.locator('.pie-slice').first().evaluate((slice) => getComputedStyle(slice).fill);
    expect(fill).toBe(theme === 'light' ? 'rgb(31, 95, 191)' : 'rgb(127, 176, 255)');
    await expect(body.getByRole('img', { name: /jan, feb, mar/ }).locator('path.xychart-bar')).toHaveCount(3);
    const notice = language === 'en' ? 'This kind of diagram (gantt) cannot be drawn; its source is shown.' : '이 다이어그램 종류(gantt)는 그릴 수 없어 원문을 보여 줍니다.';
    await expect(body.getByText(notice)).toBeVisible();
    await expect(body.locator('.mermaid-source code')).toContainText('Inventory :a1, 2026-01-01, 7d');
    const warning = language === 'en' ? 'Mermaid diagram of kind "gantt" cannot be drawn' : '이 Mermaid 다이어그램 종류(gantt)는 그릴 수 없어';
    await expect(page.locator('.diagnostics-warning').filter({ hasText: warning })).toContainText(/chart-kinds\.md.*(line 22|22번째 줄)/);
    const results = await new AxeBuilder({ page }).include('#main').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
}

test('a note without math or diagrams loads neither KaTeX nor Mermaid', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/notes/loop-b');
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText('Loop B');
  await expect(page.locator('.markdown-embed').first()).toContainText('Loop A embeds loop B');
  expect(seen.scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
  expect(await seen.typesetterLoaded()).toBe(false);
});

test('links land on the heading or block they name; broken links show as unresolved', async ({ page }) => {
  await page.goto(SYNTAX);
  const body = page.locator('.note-body');
  await expect(body.locator('.is-unresolved', { hasText: 'no-such-note' })).toBeVisible();
  await body.getByRole('link', { name: 'Math', exact: true }).click();
  await expect(page).toHaveURL(/#math$/);
  await expect(page.locator('#math')).toBeInViewport();

  await body.getByRole('link', { name: 'the key fact' }).click();
  await expect(page).toHaveURL(/\/notes\/embedded-source#/);
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText('Embedded source');
  await expect(page.locator('[id="^fact"]').first()).toBeInViewport();
  await expect(page.locator('[id="^fact"]').first()).not.toContainText('^fact');

  await page.goto(SYNTAX);
  await page.locator('.note-body').getByRole('link', { name: 'embedded-source > Second section' }).first().click();
  await expect(page).toHaveURL(/\/notes\/embedded-source#second-section$/);
  await expect(page.locator('#second-section')).toBeInViewport();
});

test('images resolve like Obsidian (exact path, attachment folder, by name) with their size; notes embed their text', async ({ page }) => {
  await page.goto(SYNTAX);
  const body = page.locator('.note-body');
  const images = body.locator('img.embed-image');
  await expect(images).toHaveCount(3);
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await image.getAttribute('src')).toMatch(/^\/assets\/[\w-]+-[\w-]{8}\.png$/);
  }
  await expect(images.nth(1)).toHaveAttribute('width', '200');
  await expect(body.locator('.is-unresolved', { hasText: 'missing-image.png' })).toBeVisible();

  const embeds = body.locator(':scope > .markdown > .markdown-embed');
  await expect(embeds).toHaveCount(2);
  await expect(embeds.nth(0)).toContainText('Text of the second section');
  await expect(embeds.nth(0)).not.toContainText('The third section');
  await expect(embeds.nth(1)).toContainText('The third section stays out of a section embed.');
  // The loop stops: loop-a embeds loop-b, whose embed of loop-a shows as a link.
  await expect(embeds.nth(1).locator('.markdown-embed .markdown-embed .is-unresolved')).toHaveText('loop-a');
});

test('broken links and embeds are listed among the note\'s problems with their line', async ({ page }) => {
  await page.goto(SYNTAX);
  const problems = page.locator('.diagnostics-warning');
  await expect(problems.filter({ hasText: 'no-such-note' })).toContainText(/line \d+/);
  await expect(problems.filter({ hasText: 'missing-image.png' })).toContainText(/line \d+/);
});

test('a Korean note renders the same syntax, in the note and in its quiz', async ({ page }) => {
  await settle(page, 'ko');
  const seen = watch(page);
  await page.goto(KOREAN);
  const body = page.locator('.note-body');
  await expect(body.locator('a.tag')).toHaveText(['#한국어/태그', '#시험', '#문제']);
  await expect(body.locator('[data-callout-kind="info"] [data-callout-title]')).toHaveText('알아 두기');
  await expect(body.locator('[data-callout-kind="info"] mark')).toHaveText('강조');
  await expect(body).not.toContainText('이 주석은');
  await expect(body.getByRole('button', { name: '복사' })).toBeVisible();
  // The option's math, and its explanation's behind the answer disclosure.
  await expect(body.locator('.note-question .katex')).toHaveCount(2);
  // Math without a diagram: no typesetter script at all.
  expect(seen.scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
  expect(await seen.typesetterLoaded()).toBe(false);
  await page.getByRole('link', { name: '문제 풀기' }).first().click();
  await expect(page.locator('.quiz-stem mark')).toHaveText('10');
  await page.getByRole('radio', { name: /5 \+ 5/ }).check();
  await page.getByRole('button', { name: '채점' }).click();
  await expect(page.locator('.quiz-option-explanation mark').first()).toHaveText('5 + 5 = 10');
  expect(seen.errors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the syntax note (${theme})`, async ({ page }) => {
    await settle(page, 'en', theme);
    await page.goto(SYNTAX);
    await expect(page.locator('.mermaid-diagram svg')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('#main').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the note\'s problems are listed in Korean, each with its file and line', async ({ page }) => {
  await settle(page, 'ko');
  await page.goto(KOREAN);
  const panel = page.getByRole('region', { name: '이 노트의 문제점' });
  const place = /\(옵시디언-문법\.md \d+번째 줄\)/;
  await expect(panel.getByRole('listitem').filter({ hasText: '깨진 링크: 보관소에 "없는-노트" 노트가 없습니다' })).toContainText(place);
  await expect(panel.getByRole('listitem').filter({ hasText: '오답 옵션 D에 설명이 없습니다' })).toContainText(place);
  await expect(panel).not.toContainText(/line|Broken|Wrong option/);
});

test('Settings lists saved progress that matches no question, and only that', async ({ page }) => {
  const attempt = (id: string, questionId: string, noteSlug: string) => ({
    id, questionId, noteSlug, at: '2026-01-02T10:00:00.000Z', chosen: ['B'], chosenTexts: ['5 + 5'], correct: true, seconds: 12, mode: 'practice',
  });
  // Progress as version 3 saves it, under two ids this vault does not have: one whose question was only
  // reworded (its print still matches the Korean note's question) and one whose question is gone.
  const state = {
    attempts: [attempt('a1', '0badc0de', '옵시디언-문법'), attempt('a2', 'deadbeef', 'storage'), attempt('a3', 'deadbeef', 'storage')],
    exams: [],
    flags: { deadbeef: { flagged: true, at: '2026-01-02T10:00:00.000Z' } },
    sessions: { practice: null, exam: null },
    closedSessions: [],
    epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' },
    prints: {
      '0badc0de': { slug: '옵시디언-문법', stem: '두 수의 합이 10인 것은 문제', options: ['3 4', '5 5', '2 times 3', '1 8'] },
      deadbeef: { slug: 'storage', stem: 'which s3 storage class is the cheapest for data read once a year', options: ['standard', 'glacier'] },
    },
  };
  await page.addInitScript((saved) => {
    if (localStorage.getItem('examflow-progress') === null) localStorage.setItem('examflow-progress', JSON.stringify({ state: saved, version: 3 }));
  }, state);
  await settle(page, 'ko');
  await page.goto('/settings');
  const list = page.getByRole('region', { name: '문제를 찾지 못한 기록' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toHaveText('which s3 storage class is the cheapest for data read once a year (노트 storage · 답안 2개 · 표시함)');
  // The reworded question's answer moved to the question the vault has now.
  const ids = await page.evaluate(() => JSON.parse(localStorage.getItem('examflow-progress') ?? '{}').state.attempts.map((a: { questionId: string }) => a.questionId));
  expect(ids).toHaveLength(3);
  expect(ids[0]).toMatch(/^[0-9a-f]{8}$/);
  expect(ids.filter((id: string) => id === '0badc0de' || id === 'deadbeef')).toEqual(['deadbeef', 'deadbeef']);
});

test('an option naming Glue, Athena and QuickSight lights all three boxes; one naming nothing drawn says so', async ({ page }) => {
  await page.goto('/practice?note=analytics-flow');
  const panel = page.getByRole('complementary', { name: 'Architecture flow' });
  const litBoxes = () => panel.locator('[data-node].is-highlighted').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
  await page.getByRole('radio', { name: /^A\./ }).check();
  await expect.poll(async () => (await litBoxes()).length).toBe(3);
  const lit = await litBoxes();
  for (const name of ['Glue', 'Athena', 'QuickSight']) expect(lit.some((label) => label.includes(name))).toBe(true);
  await page.getByRole('radio', { name: /^C\./ }).check();
  await expect.poll(async () => (await litBoxes()).length).toBe(0);
  await expect(panel.locator('[data-flow-lit]')).toHaveText('This answer names nothing drawn in the flow, so nothing is lit.');
});

for (const size of [{ name: 'phone', width: 390, height: 844 }, { name: 'desktop', width: 1280, height: 900 }]) {
  test(`backlinks lead to the notes that link or embed this one, in Korean (${size.name})`, async ({ page }) => {
    // Two pages and an axe run: more than the default budget on a loaded machine.
    test.slow();
    await page.setViewportSize({ width: size.width, height: size.height });
    await settle(page, 'ko');
    await page.goto('/notes/loop-b');
    const backlinks = page.getByRole('region', { name: '이 노트를 링크한 노트' });
    await expect(backlinks.getByRole('link', { name: 'Loop A', exact: true })).toBeVisible();
    await backlinks.getByRole('link', { name: 'Loop A', exact: true }).click();
    await expect(page).toHaveURL(/\/notes\/loop-a$/);
    await expect(page.getByRole('region', { name: '이 노트를 링크한 노트' }).getByRole('link', { name: 'Loop B', exact: true })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}
