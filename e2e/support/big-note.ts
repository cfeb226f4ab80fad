import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { untilHydrated } from './hydration';

/**
 * What the `big` project's checks of the big-notes vault share (e2e/support/make-big-vault.ts): a note of megabytes.
 * Its pre-rendered page holds the whole note while the page's data holds only the first part, so hydration never
 * parses the body twice; when the app draws it (a link from another note), the later parts come in chunks of several,
 * each part drawn as it arrives, and the page answers input in between. Timings are
 * `src/cli/bench/big-note-page.ts`'s, not asserted.
 */
export const LAST_LINE = 'Last paragraph of the big note.';
export const FIRST_LINE = 'The first part of a very long note.';
export const rest = { en: 'Showing the rest of this long note…', ko: '긴 노트의 나머지를 그리는 중…' } as const;

/** The big note's Markdown as make-big-vault.ts wrote it (the `big` project's server generates it first). */
export const bigNoteMarkdown = () => readFileSync('e2e/.generated/big-vault/big-note.md', 'utf8');

/** A chunk of later parts (`parts-<first>-<end>`): the page asks for these only when it draws the note itself. */
export const isPart = (url: string) => /\/assets\/parts-\d+-\d+-[^/]*\.js$/.test(url);

/** A page of megabytes on a shared, loaded machine: generous limits (they bound a wait, they measure nothing). */
export const LONG = { timeout: 180_000 };
/** A check's own limit: the same reason. */
export const BIG_TEST_TIMEOUT = 300_000;

/** Clicks the theme button, which the app's own code handles, and sees the page switch theme. */
export async function answersClick(page: Page) {
  // A click before the app runs (it starts after the first paint) is the browser's alone.
  await untilHydrated(page);
  const theme = await page.locator('html').getAttribute('data-theme');
  await page.locator('.app-header-tools button').first().click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme ?? '');
}

/** Waits until the page holds the whole note as elements: no group of it still kept as text (later-source.ts). */
export async function untilWhole(page: Page) {
  await expect(page.locator('.note-body').getByText(LAST_LINE)).toBeAttached(LONG);
  await expect(page.locator('noscript[data-later-source]')).toHaveCount(0, LONG);
}

/** The reader's saved settings, set before the page's first script: its language, and remote images if given. */
export async function setLanguage(page: Page, language: 'en' | 'ko', remoteImages?: 'off') {
  await page.addInitScript(([lang, images]) => {
    const state = { language: lang, theme: 'light', ...(images ? { remoteImages: images } : {}) };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  }, [language, remoteImages] as const);
}

/**
 * The words each of `places` (a static copy's button places) shows in the page's language: a place writes them in
 * every language, and the page's own shows (src/i18n/use-words.tsx). The places themselves are unseen (their box only).
 */
export function shownWords(places: Locator): Promise<string[]> {
  return places.evaluateAll((all) => all.map((place) => {
    const words = [...place.querySelectorAll('.ui-words')].filter((span) => getComputedStyle(span).display !== 'none');
    return words.length > 0 ? words.map((span) => span.textContent).join('') : place.textContent ?? '';
  }));
}
