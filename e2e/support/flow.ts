import { expect, type Page } from '@playwright/test';

/** The page's first architecture-flow figure. */
export function firstFlow(page: Page) {
  return page.getByRole('figure', { name: /^Architecture flow/ }).first();
}

/**
 * The first flow once its code runs: a pre-rendered diagram hydrates as it comes into view, and its buttons
 * (`ready` names one) are enabled only then. It is scrolled to again until that button works, because the
 * page may still scroll itself to the top as it hydrates.
 */
export async function shownFlow(page: Page, ready: 'Step through' | 'Full screen' = 'Full screen') {
  const figure = firstFlow(page);
  await expect(async () => {
    await figure.evaluate((el) => el.scrollIntoView());
    await expect(figure.getByRole('button', { name: ready })).toBeEnabled({ timeout: 2000 });
  }).toPass();
  return figure;
}
