import { expect, test, type Page } from '@playwright/test';

// Every kind of page, with what draws on it: markdown, diagrams, the quiz, charts, dialogs. The seed notes
// (project app) have no Mermaid or math; the Obsidian fixture vault (project obsidian) has a note with math,
// code, a Mermaid diagram and a flow, and one with a pie chart, an xychart and an undrawable gantt.
const PAGES: Record<string, string[]> = {
  app: ['/', '/notes', '/notes/kms-sagemaker-s3-encryption', '/practice?note=kms-sagemaker-s3-encryption', '/practice/kms-sagemaker-s3-encryption', '/exam', '/review', '/progress', '/tags', '/settings', '/no-such-page'],
  obsidian: ['/notes/analytics-flow', '/practice?note=analytics-flow', '/practice/analytics-flow', '/notes/chart-kinds', '/notes/obsidian-syntax'],
};

/** What must have drawn on a page before its violations are read, so a page that drew nothing cannot pass. */
async function drawn(page: Page, path: string) {
  const body = page.locator('.note-body');
  if (path === '/notes/analytics-flow') {
    await expect(body.locator('math').first()).toBeVisible();
    await expect(body.locator('.code-block[data-language="sql"] .hljs-keyword').first()).toBeVisible();
    await expect(body.getByRole('img', { name: /QuickSight, Athena, S3/ })).toBeVisible();
    await expect(body.locator('[data-node]').first()).toBeVisible();
  }
  if (path === '/notes/chart-kinds') await expect(body.locator('.pie-slice').first()).toBeVisible();
  if (path.startsWith('/practice')) {
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: /^(Check|확인|채점)$/ }).click();
    await expect(page.getByRole('status').filter({ hasText: /Correct|Incorrect|정답|오답/ })).toBeVisible();
  }
}

// One test per page (and per theme on the vault's): ten page loads in one test ran past its budget when the machine was loaded.
const CASES = Object.entries(PAGES).flatMap(([project, paths]) => paths.flatMap((path) =>
  (project === 'obsidian' ? (['light', 'dark'] as const) : ([null] as const)).map((theme) => ({ project, path, theme }))));

for (const { project, path, theme } of CASES) {
  test(`${path}${theme ? ` (${theme})` : ''} breaks no Content-Security-Policy rule (no inline style, script or foreign resource is refused)`, async ({ page }, info) => {
    test.skip(info.project.name !== project, `a page of the ${project} project's site`);
    if (theme) {
      await page.addInitScript((th) => {
        const state = { language: th === 'dark' ? 'ko' : 'en', theme: th, shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
        localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
      }, theme);
    }
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
    });
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(path);
    // Embedded notes bring their own h1: the page's is the first.
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await drawn(page, path);
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations).toEqual([]);
    expect(refused).toEqual([]);
  });
}

test('every page\'s policy shuts inline style, <base> and form posts', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/style-src 'self';/);
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("form-action 'none'");
});
