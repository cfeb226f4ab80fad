import { expect, test } from '@playwright/test';

// Every kind of page, with what draws on it: markdown, diagrams, the quiz, charts, dialogs.
const PAGES = ['/', '/notes', '/notes/kms-sagemaker-s3-encryption', '/practice?note=kms-sagemaker-s3-encryption', '/exam', '/review', '/progress', '/tags', '/settings', '/no-such-page'];

// One test per page: ten page loads in one test ran past its budget when the machine was loaded.
for (const path of PAGES) {
  test(`${path} breaks no Content-Security-Policy rule (no inline style, script or foreign resource is refused)`, async ({ page }) => {
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
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (path.startsWith('/practice')) {
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: /^(Check|확인)$/ }).click();
      await expect(page.getByRole('status').filter({ hasText: /Correct|Incorrect|정답|오답/ })).toBeVisible();
    }
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations).toEqual([]);
    expect(refused).toEqual([]);
  });
}
