import type { Page } from '@playwright/test';

/**
 * Gathers the text of every script `page` fetches from now on. `bodies()` waits for each to arrive; one whose
 * body cannot be read (a redirect, a page closed mid-download) counts as empty.
 */
export function collectScripts(page: Page): { bodies: () => Promise<string[]> } {
  const pending: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') pending.push(response.text().catch(() => ''));
  });
  return { bodies: () => Promise.all(pending) };
}
