import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseAsAsked } from './support/choose';

// content/examflow.yaml: MLS-C01's four domains at 20/24/36/20 %, over the 9 questions shipped in content/
// (Data Engineering 1, Exploratory Data Analysis 1, Modeling 3, ML Implementation and Operations 4).
const DOMAINS = ['Data Engineering', 'Exploratory Data Analysis', 'Modeling', 'Machine Learning Implementation and Operations'];

const violations = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`);

/** Rows of a domain table as [domain, count] text. */
async function domainRows(page: Page, table: string) {
  const rows = page.getByRole('table', { name: table }).locator('tbody tr');
  return rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelectorAll('td')[0]?.textContent ?? '']));
}

// Three pages, each checked by axe: slow on a shared machine, so the walk gets three times the usual time.
test.slow();

for (const width of [390, 1280]) {
  test(`Korean at ${width} px: a 7-question exam is drawn by domain weight (1/2/3/1, the share EDA lacks going to the others), and the results and Progress report by domain`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript(() => {
      if (localStorage.getItem('examflow-settings')) return;
      const state = { language: 'ko', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
      localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
    });
    await page.goto('/exam');
    await expect(page.getByText('examflow.yaml 기준: AWS Certified Machine Learning – Specialty (MLS-C01)')).toBeVisible();
    // The whole vault offers the 9 questions its domains hold; an exam of all 9 asks 2/2/3/2, so the two smallest domains say they are short.
    await expect(page.getByRole('table', { name: '도메인별 출제' })).toBeVisible();
    expect(await domainRows(page, '도메인별 출제')).toEqual([
      [DOMAINS[0], '20%'], [DOMAINS[1], '24%'], [DOMAINS[2], '36%'], [DOMAINS[3], '20%'],
    ]);
    await expect(page.getByRole('table', { name: '도메인별 출제' }).locator('tbody td:last-child')).toHaveText(['1 (1개 중)', '1 (1개 중)', '3 (3개 중)', '4 (4개 중)']);
    await expect(page.getByRole('note')).toHaveCount(2);

    // 7 at 20/24/36/20 % asks 1/2/3/1; EDA has one question, and its second goes to the domain with room.
    await page.getByLabel('문제 수').fill('7');
    await expect(page.getByRole('table', { name: '도메인별 출제' }).locator('tbody td:last-child')).toHaveText(['1 (1개 중)', '1 (1개 중)', '3 (3개 중)', '2 (4개 중)']);
    await expect(page.getByRole('note')).toHaveText(['Exploratory Data Analysis에는 문제가 2개 필요하지만 1개뿐이라 나머지는 다른 도메인에서 채웁니다.']);
    await expect(page.getByText('합격 점수: 1000점 중 750점')).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: '시험 시작' }).click();
    await expect(page.locator('.quiz-question-heading')).toHaveText(/7/);
    // Every question answered: Progress counts only what the reader answered (an exam submitted with blanks
    // records no attempt for them), so the 1/2/3/1 draw shows there as it does in the results.
    for (let n = 1; n <= 7; n += 1) {
      await expect(page.locator('.quiz-question-heading')).toHaveText(new RegExp(`^7문제 중 ${n}번`));
      await chooseAsAsked(page);
      if (n < 7) await page.getByRole('button', { name: '다음', exact: true }).click();
    }
    await page.getByRole('button', { name: '시험 제출' }).click();
    await page.getByRole('button', { name: '제출', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: '시험 결과' })).toBeVisible();
    const byDomain = page.getByRole('table', { name: '도메인별 결과' });
    await expect(byDomain).toBeVisible();
    await expect(byDomain.locator('tbody th')).toHaveText(DOMAINS);
    await expect(byDomain.locator('tbody td:nth-child(3)')).toHaveText([/ \/ 1$/, / \/ 1$/, / \/ 3$/, / \/ 2$/]);
    expect(await violations(page)).toEqual([]);

    await page.goto('/progress');
    const progress = page.getByRole('table', { name: '도메인별 결과' });
    await expect(progress.locator('tbody th')).toHaveText(DOMAINS);
    await expect(progress.locator('tbody td:nth-child(3)')).toHaveText([/ \/ 1$/, / \/ 1$/, / \/ 3$/, / \/ 2$/]);
    expect(await violations(page)).toEqual([]);
  });
}

// Names of the columns are short words: on a phone a word like "Weight" must not be split across lines ("Weig" /
// "ht"); the row names (long domain names) may wrap, and the table scrolls sideways before a column name breaks.
for (const width of [320, 390]) {
  test(`English at ${width} px: the domain tables' column names keep each word whole`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript(() => {
      if (localStorage.getItem('examflow-settings')) return;
      localStorage.setItem('examflow-settings', JSON.stringify({ state: { language: 'en', theme: 'light' }, version: 1 }));
    });
    await page.goto('/exam');
    const table = page.getByRole('table', { name: 'Questions by domain' });
    await expect(table).toBeVisible();
    const split = await table.locator('th[scope="col"]').evaluateAll((headers) =>
      headers.flatMap((th) => {
        const text = th.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        const words: string[] = [];
        for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) words.push(match[0]);
        }
        return words;
      }),
    );
    expect(split).toEqual([]);
    // Nothing pushes the page sideways: a table too wide scrolls in its own frame.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
