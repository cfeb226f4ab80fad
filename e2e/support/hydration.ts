import { expect, type Page } from '@playwright/test';

/** What the page looked like in each frame until it loaded, how far it shifted, and what left <main>. */
export interface HydrationRecord {
  shift: number;
  /** The elements each counted shift moved, so a failure says what moved. */
  shifted: string[];
  removed: string[];
  /** The marks the page's scripts set on <html> (theme, language, what waits), each with its time: what a shift came after. */
  marks: string[];
  /**
   * The page was shown still in the language it was pre-rendered in (the header's links as they came): its wait for
   * the reader's language pack ran out (KOREAN_PACK_WAIT_MS, src/app/first-paint.ts), as it does on a slow machine.
   */
  shownUntranslated: boolean;
  frames: { visible: boolean; theme: string | undefined; title: string | undefined }[];
}

/** Watches the page from its first byte: layout shifts, elements removed from <main>, and every frame's look. */
export async function watchHydration(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record: HydrationRecord = { shift: 0, shifted: [], removed: [], marks: [], shownUntranslated: false, frames: [] };
    const navText = () => document.querySelector('.app-nav')?.textContent ?? '';
    // Read once the header has been parsed whole (its mark goes as <main> begins), before any of the app's scripts run.
    let prerenderedNav: string | undefined;
    (window as unknown as { hydration: HydrationRecord }).hydration = record;
    new PerformanceObserver((list) => {
      type Shift = { value: number; hadRecentInput: boolean; startTime: number; sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
      const box = (rect: DOMRectReadOnly) => [rect.x, rect.y, rect.width, rect.height].map((n) => Math.round(n * 10) / 10).join(',');
      for (const entry of list.getEntries() as unknown as Shift[]) {
        if (entry.hadRecentInput) continue;
        record.shift += entry.value;
        for (const source of entry.sources ?? []) {
          const node = source.node;
          const element = node instanceof Element ? node : node?.parentElement;
          // What moved, from where to where, and when (ms from the page's start): enough to tell a reflow from a swap.
          const what = element ? element.outerHTML.slice(0, 120) : '(a node since removed)';
          record.shifted.push(`${what} [${box(source.previousRect)} → ${box(source.currentRect)} at ${Math.round(entry.startTime)} ms]`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'attributes' && mutation.target === document.documentElement) {
          const value = document.documentElement.getAttribute(mutation.attributeName ?? '');
          record.marks.push(`${mutation.attributeName}=${value} at ${Math.round(performance.now())} ms`);
          if (mutation.attributeName === 'data-header-pending' && value === null) prerenderedNav ??= navText();
          if (mutation.attributeName === 'data-pending-language' && value === null) {
            prerenderedNav ??= navText();
            if (navText() === prerenderedNav) record.shownUntranslated = true;
          }
          continue;
        }
        if (!(mutation.target as Element).closest?.('main')) continue;
        for (const node of mutation.removedNodes) if (node.nodeType === Node.ELEMENT_NODE) record.removed.push((node as Element).outerHTML.slice(0, 100));
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-theme', 'lang', 'data-scripts', 'data-pending-language', 'data-first-screen-pending', 'data-header-pending'] });
    // The page's heading as a frame shows it; none while the parser is still inside it. A page streams: where its bytes
    // arrive in pieces (or the parser yields) just after `<h1>`, a frame may be drawn with the heading begun and its
    // text not yet parsed. That is the page arriving, not another language: the heading counts once anything follows it.
    const title = () => {
      const h1 = document.querySelector('h1');
      if (!h1) return undefined;
      let parsedPast = document.readyState !== 'loading';
      for (let node: Node | null = h1; node && !parsedPast; node = node.parentNode) parsedPast = node.nextSibling !== null;
      return parsedPast ? h1.textContent ?? undefined : undefined;
    };
    const frame = () => {
      const body = document.body;
      if (body) record.frames.push({ visible: getComputedStyle(body).visibility === 'visible', theme: document.documentElement.dataset.theme, title: title() });
      if (document.readyState !== 'complete' || record.frames.length < 3) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

const hydrated = () => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber'));

/**
 * Waits until the app runs on the page: React has attached itself to <main>. A pre-rendered page shows its
 * controls before that (its app starts after the first paint), and a key or click they get before it is lost.
 * A first visit's home page starts its app only on the reader's intent (src/app/start-on-intent.ts): where the
 * app has not started, the pointer comes to rest on the header's home link, as a reader's does before a click.
 * That is intent, and it presses, types and shifts nothing (a layout shift after a pointer move still counts).
 */
export async function untilHydrated(page: Page): Promise<void> {
  await page.waitForLoadState('domcontentloaded');
  const brand = await page.locator('.app-brand').boundingBox();
  if (brand && !(await page.evaluate(hydrated))) {
    // From off the link, so the pointer arrives on it even where it rested there before this page loaded; moved, not
    // hovered, as the app may draw over the link (a dialog asked for earlier) as it starts.
    await page.mouse.move(0, 0);
    await page.mouse.move(brand.x + brand.width / 2, brand.y + brand.height / 2);
  }
  await expect.poll(() => page.evaluate(hydrated)).toBe(true);
}

/** The record once the page is idle, with the look of its last frame. */
export async function settle(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'networkidle' });
  // Hydrated, then the reader's language has been drawn.
  await untilHydrated(page);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.pendingLanguage ?? null)).toBeNull();
  return page.evaluate(() => new Promise<HydrationRecord & { last: HydrationRecord['frames'][number] }>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const record = (window as unknown as { hydration: HydrationRecord }).hydration;
      resolve({ ...record, last: { visible: getComputedStyle(document.body).visibility === 'visible', theme: document.documentElement.dataset.theme, title: document.querySelector('h1')?.textContent ?? undefined } });
    }))));
}
