import type { Page } from '@playwright/test';

/**
 * Chooses the first options of the question shown, as many as it asks for ("Select 2" takes two), so Check
 * scores it: right or wrong, it is an answer. For journeys whose question may ask for one answer or several.
 */
export async function chooseAsAsked(page: Page): Promise<void> {
  // The question is read once it is drawn: before that there is no "Select 2" to read, and one choice is made.
  const inputs = page.locator('.quiz-option input');
  await inputs.first().waitFor();
  const asks = page.locator('.quiz-options legend.quiz-select-count');
  const count = (await asks.count()) === 0 ? 1 : Number((await asks.innerText()).match(/\d+/)?.[0] ?? 1);
  for (let index = 0; index < count; index += 1) await inputs.nth(index).check();
}
