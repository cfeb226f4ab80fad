// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { useApplyTheme } from './use-apply-theme';

function Page({ language }: { language: string }) {
  useApplyTheme('light', language);
  return null;
}

/** The attribute writes on <html> while `draw` runs, as a MutationObserver sees them (a write of the same value counts). */
async function htmlWrites(draw: () => void): Promise<string[]> {
  const writes: string[] = [];
  const observer = new MutationObserver((records) => writes.push(...records.map((record) => `${record.attributeName}=${document.documentElement.getAttribute(record.attributeName ?? '')}`)));
  observer.observe(document.documentElement, { attributes: true });
  draw();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return writes.filter((write) => write.startsWith('lang='));
}

describe('useApplyTheme', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });

  test('leaves <html lang> untouched when the page already has the language', async () => {
    expect(await htmlWrites(() => render(<Page language="en" />))).toEqual([]);
  });

  test('sets <html lang> to another language', async () => {
    expect(await htmlWrites(() => render(<Page language="ko" />))).toEqual(['lang=ko']);
    expect(document.documentElement.lang).toBe('ko');
  });
});
