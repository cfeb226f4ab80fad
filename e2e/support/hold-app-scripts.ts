import type { Page } from '@playwright/test';

/**
 * Holds back the app's scripts: resolves once the page asked for the first one (its start script has run, so
 * the page has painted) and returns the way to let them all through. A service worker in control answers them
 * itself, unseen here: a first visit's home page registers its worker at load, so a test holding its scripts
 * blocks service workers.
 */
export async function holdAppScripts(page: Page) {
  const held: (() => Promise<void>)[] = [];
  let released = false;
  let asked!: () => void;
  const firstAsked = new Promise<void>((resolve) => (asked = resolve));
  await page.route(/\/assets\/.*\.js(\?|$)/, (route) => {
    if (released) return route.continue();
    held.push(() => route.continue());
    asked();
  });
  return {
    firstAsked,
    release: async () => {
      released = true;
      await Promise.all(held.map((go) => go()));
    },
  };
}
